import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The locale of the page being read ('en' or 'zh-Hans'), for describe(finding, locale). */
export function usePageLocale(): string {
  return useDocusaurusContext().i18n.currentLocale;
}
