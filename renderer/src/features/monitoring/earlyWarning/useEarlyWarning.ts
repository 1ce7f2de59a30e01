import type { i18n as I18nInstance } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/settings';
import { getDatabase } from '../../../db/database';
import type { CrisisRoomDatabase } from '../../../db/database';
import { wakeSnoozedAlerts } from '../../../db/repositories/monitoringAlertRepository';
import type { earlyWarningEn } from '../../../i18n/resources/monitoring/earlyWarningMessages';
import type { MessageParams } from '../../../i18n/messageKeys';
import { useLanguage } from '../../../i18n/useLanguage';
import { showDesktopNotification } from '../../../lib/desktopNotification';
import type { DesktopNotificationText } from '../../../lib/desktopNotification';
import { formatPercent } from '../../../lib/numbers';
import { evaluateRules, evaluateSourceHealth } from './alertEvaluator';
import type { AlertNotice } from './alertEvaluator';

/** How often every rule and every source's health are evaluated while the app is open. */
export const earlyWarningEveryMs = 5 * 60_000;

/** Listeners of {@link reportRulesApplied}: the mounted early-warning runner, if any. */
const appliedListeners = new Set<(ruleIds: readonly string[]) => void>();

/**
 * Tells early warning that a batch of fetched records was applied and touched these rules'
 * rollups, so their triggers are evaluated now rather than at the next periodic pass. The
 * monitoring sync calls it (its `onApplied` option) after each applied batch; with nothing
 * mounted it does nothing (the periodic pass catches up).
 */
export function reportRulesApplied(ruleIds: readonly string[]): void {
  if (ruleIds.length === 0) {
    return;
  }
  for (const listener of appliedListeners) {
    listener(ruleIds);
  }
}

/** Options of {@link startEarlyWarning}. */
export type EarlyWarningOptions = {
  db: CrisisRoomDatabase;
  /** Receives the changes of each pass that deserve a desktop notification. */
  onNotices: (notices: readonly AlertNotice[]) => void;
  /** The clock (epoch ms). */
  now?: () => number;
  /** Time between full passes. */
  everyMs?: number;
  /** Receives a failed pass; the next one tries again. */
  onError?: (error: unknown) => void;
};

/** A running evaluator. */
export type EarlyWarningRunner = {
  /** Evaluates these rules soon (after the pass under way, if any). */
  rulesApplied: (ruleIds: readonly string[]) => void;
  /** Resolves once nothing is being evaluated or waiting (tests, orderly shutdown). */
  whenIdle: () => Promise<void>;
  /** Stops the timer; a pass under way finishes but reports nothing. */
  stop: () => void;
};

/**
 * Runs early warning in the background: a full pass right away and every `everyMs` (source
 * health, every rule, snoozes that ended), and a pass over just the touched rules after each
 * applied batch. One pass at a time: requests that arrive meanwhile are merged into the next pass,
 * so a burst of batches evaluates each rule once more rather than once per batch.
 */
export function startEarlyWarning(options: EarlyWarningOptions): EarlyWarningRunner {
  const {
    db,
    onNotices,
    now = Date.now,
    everyMs = earlyWarningEveryMs,
    onError = (error: unknown) => {
      console.error('Evaluating early-warning rules failed.', error);
    },
  } = options;
  let isStopped = false;
  let isFullPending = true;
  const pendingRuleIds = new Set<string>();
  let working: Promise<void> | null = null;

  const pass = async (isFull: boolean, ruleIds: readonly string[]): Promise<AlertNotice[]> => {
    const at = now();
    if (!isFull) {
      return evaluateRules(db, ruleIds, at);
    }
    const sourceNotices = await evaluateSourceHealth(db, at);
    const ruleNotices = await evaluateRules(db, null, at);
    // Alerts of rules deleted or turned off are not evaluated any more; their snoozes end too.
    await wakeSnoozedAlerts(at, () => true, db);
    return [...sourceNotices, ...ruleNotices];
  };

  const work = async (): Promise<void> => {
    while (!isStopped && (isFullPending || pendingRuleIds.size > 0)) {
      const isFull = isFullPending;
      const ruleIds = [...pendingRuleIds];
      isFullPending = false;
      pendingRuleIds.clear();
      try {
        const notices = await pass(isFull, ruleIds);
        if (!isStopped && notices.length > 0) {
          onNotices(notices);
        }
      } catch (error: unknown) {
        if (!isStopped) {
          onError(error);
        }
      }
    }
  };

  const pump = (): void => {
    if (working !== null || isStopped) {
      return;
    }
    working = work().finally(() => {
      working = null;
    });
  };

  pump();
  const timer = setInterval(() => {
    isFullPending = true;
    pump();
  }, everyMs);

  return {
    rulesApplied: (ruleIds) => {
      for (const ruleId of ruleIds) {
        pendingRuleIds.add(ruleId);
      }
      pump();
    },
    whenIdle: async () => {
      while (working !== null) {
        await working;
      }
    },
    stop: () => {
      isStopped = true;
      clearInterval(timer);
    },
  };
}

/** Keys of the notification texts (under `monitoring.earlyWarning.notification`). */
export type EarlyWarningNotificationKey = keyof typeof earlyWarningEn.notification;

/** Translates one notification key with its parameters. */
export type EarlyWarningTranslate = (
  key: EarlyWarningNotificationKey,
  params: MessageParams,
) => string;

/**
 * A translator over the early-warning notification messages (`monitoring.earlyWarning.notification`)
 * in `language`, whatever the UI language of the moment: a notification fired later still speaks
 * the language chosen when it fired.
 */
export function earlyWarningTranslator(
  i18n: I18nInstance,
  language: Language,
): EarlyWarningTranslate {
  const t = i18n.getFixedT(language);
  return (key, params) => t(`monitoring.earlyWarning.notification.${key}`, params);
}

/**
 * The desktop notification for an alert notice: the kind and the rule (or source) in the title,
 * the figures that made it fire in the body, numbers formatted for `language`.
 */
export function alertNotificationText(
  notice: AlertNotice,
  translate: EarlyWarningTranslate,
  language: Language,
): DesktopNotificationText {
  const { alert, subjectName } = notice;
  const { values } = alert.explanation;
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = (share: number): string => formatPercent(share * 100, language);
  switch (alert.kind) {
    case 'spike':
      return {
        title: translate('spikeTitle', { rule: subjectName }),
        body: translate('spikeBody', {
          current: count.format(values.current),
          mean: count.format(values.mean ?? 0),
        }),
      };
    case 'negative-share':
      return {
        title: translate('negativeShareTitle', {
          rule: subjectName,
          share: percent(values.current),
        }),
        body: translate('negativeShareBody', {
          negative: count.format(values.negative ?? 0),
          mentions: count.format(values.mentions ?? 0),
          hours: count.format(values.windowHours ?? 0),
        }),
      };
    case 'threshold': {
      const indicator = alert.explanation.indicator;
      const isShare = indicator === 'negative-share' || indicator === 'velocity';
      const format = (value: number): string => (isShare ? percent(value) : count.format(value));
      const bodyKey =
        indicator === 'negative-share'
          ? 'thresholdNegativeShareBody'
          : indicator === 'velocity'
            ? 'thresholdVelocityBody'
            : 'thresholdMentionsBody';
      return {
        title: translate('thresholdTitle', { rule: subjectName }),
        body: translate(bodyKey, {
          current: format(values.current),
          threshold: format(values.threshold),
        }),
      };
    }
    case 'source-unhealthy':
      return {
        title: translate('sourceUnhealthyTitle', { source: subjectName }),
        body: translate('sourceUnhealthyBody', {}),
      };
  }
}

/** Options of {@link useEarlyWarning} (tests pass a database, a clock and a notifier). */
export type UseEarlyWarningOptions = {
  db?: CrisisRoomDatabase;
  /** The clock (epoch ms); read once per pass. */
  now?: () => number;
  notify?: (text: DesktopNotificationText) => Promise<unknown>;
};

/**
 * Keeps early warning running while the app is mounted: evaluates the rules touched by each
 * applied batch ({@link reportRulesApplied}), every rule and every source's health every five
 * minutes, and shows a desktop notification in the UI language for each new alert, and an hourly
 * reminder while a source stays unhealthy (never for dry-run rules, snoozed alerts or grouped
 * repeats of rule alerts). Mount it ONCE, in the app shell: each mount evaluates and notifies.
 */
export function useEarlyWarning(options: UseEarlyWarningOptions = {}): void {
  const { db, now = Date.now, notify = showDesktopNotification } = options;
  const language = useLanguage();
  const { i18n } = useTranslation();
  const i18nRef = useRef(i18n);
  const languageRef = useRef(language);
  const notifyRef = useRef(notify);
  const nowRef = useRef(now);

  useEffect(() => {
    languageRef.current = language;
    i18nRef.current = i18n;
    notifyRef.current = notify;
    nowRef.current = now;
  }, [language, i18n, notify, now]);

  useEffect(() => {
    const runner = startEarlyWarning({
      db: db ?? getDatabase(),
      now: () => nowRef.current(),
      onNotices: (notices) => {
        const current = languageRef.current;
        const translate = earlyWarningTranslator(i18nRef.current, current);
        for (const notice of notices) {
          void notifyRef.current(alertNotificationText(notice, translate, current));
        }
      },
    });
    appliedListeners.add(runner.rulesApplied);
    return () => {
      appliedListeners.delete(runner.rulesApplied);
      runner.stop();
    };
  }, [db]);
}
