// What every checker widget repeats: the frame and privacy line, fields, verdict banner, findings, copy.
export {CheckerCard} from './CheckerCard';
export {PrivacyNote} from './PrivacyNote';
export {VerdictBanner, verdictLabel, type Verdict} from './VerdictBanner';
export {FindingsList, FindingItem, severityLabel, worstFinding, splitHeadline} from './FindingsList';
export {CopyButton} from './CopyButton';
export {MaskedInput} from './MaskedInput';
export {TextField} from './TextField';
export {SelectField} from './SelectField';
export {privateFieldProps} from './privateFieldProps';
export {usePageLocale} from './usePageLocale';
export {useSettledInput} from './useSettledInput';
