// For a timestamp error: the reader's clock as this device sees it, in UTC and in the time zone it thinks
// it is in, and how to turn on time sync. Nothing is fetched, so the offset itself is for the reader to
// compare with an accurate clock.
import {useEffect, useState} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function ClockCheck() {
  const [now, setNow] = useState<Date | undefined>(undefined);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!now) return null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className={styles.panel} data-testid="clock-check">
      <p className={styles.panelTitle}>
        <Translate id="keybridge.errorExplainer.clock.title">Your clock</Translate>
      </p>
      <dl className={styles.facts}>
        <dt>
          <Translate id="keybridge.errorExplainer.clock.utc">This device's time in UTC</Translate>
        </dt>
        <dd className={styles.mono} data-testid="clock-utc">
          {utc(now)}
        </dd>
        <dt>
          <Translate id="keybridge.errorExplainer.clock.zone">Time zone it thinks it is in</Translate>
        </dt>
        <dd className={styles.mono} data-testid="clock-zone">
          {zone}
        </dd>
      </dl>
      <p>
        <Translate id="keybridge.errorExplainer.clock.compare">
          Compare this with an accurate clock, such as your phone's. If the minutes differ, or the time zone is not
          where you are, the clock is off. The check makes no network call, so it cannot measure the difference for you.
        </Translate>
      </p>
      <p className={styles.panelSub}>
        <Translate id="keybridge.errorExplainer.clock.sync">How to turn on time sync:</Translate>
      </p>
      <ul>
        <li>
          <Translate id="keybridge.errorExplainer.clock.windows">
            Windows: Settings → Time &amp; language → Date &amp; time → turn on "Set time automatically", then "Sync
            now".
          </Translate>
        </li>
        <li>
          <Translate id="keybridge.errorExplainer.clock.mac">
            macOS: System Settings → General → Date &amp; Time → turn on "Set time and date automatically".
          </Translate>
        </li>
        <li>
          <Translate
            id="keybridge.errorExplainer.clock.linux"
            values={{command: <code>timedatectl set-ntp true</code>}}>
            {'Linux server: run {command}, or ask your host to enable NTP.'}
          </Translate>
        </li>
      </ul>
    </div>
  );
}
