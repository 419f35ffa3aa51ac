// Turns a notice from the core into what the player sees and hears: a toast,
// a phone message, a line for screen readers. Pure text work, no DOM.
import type { CoreNotice } from '../core/types';
import { formatDelta, formatNumber } from '../i18n';
import type { GameState } from '../store/gameStore';

export interface SaidNotice {
  tone: 'good' | 'bad' | 'info';
  toast?: string;
  phone?: string;
  sanction?: string;
  polite?: string;
  assertive?: string;
}

type T = (key: string, vars?: Record<string, string | number>) => string;

export function describeNotice(notice: CoreNotice, state: Pick<GameState, 'lang' | 'level'>, t: T): SaidNotice | null {
  const { lang, level } = state;
  switch (notice.type) {
    case 'RecordMade': {
      const { record } = notice;
      const action = level?.catalogue.actions.find((a) => a.id === record.action);
      const tone = record.delta < 0 || action?.effects.includes('paper-refused') ? 'bad' : record.delta > 0 ? 'good' : 'info';
      const toast = t(`action.${record.action}.toast`, record.vars);
      const scoreLine =
        record.delta !== 0 ? ` ${t('hud.scoreChanged', { score: formatNumber(lang, record.scoreAfter), delta: formatDelta(lang, record.delta) })}` : '';
      const said: SaidNotice = { tone, toast, polite: `${toast}${scoreLine}` };
      if (action?.effects.includes('phone-fine')) said.phone = t(`action.${record.action}.phone`, { place: t(`place.${record.place}`) });
      if (action?.effects.includes('alarm')) said.assertive = toast;
      return said;
    }
    case 'TierChanged':
      return { tone: 'info', polite: t('hud.tierChanged', { tier: t(`tier.${notice.to}.name`) }) };
    case 'SanctionImposed': {
      const name = t(`sanction.${notice.sanction}.name`);
      return {
        tone: 'bad',
        sanction: name,
        assertive: `${t('hud.sanctionImposed', { sanction: name })} ${t(`sanction.${notice.sanction}.desc`)}`,
      };
    }
    case 'SanctionLifted':
      return { tone: 'good', polite: t('hud.sanctionLifted', { sanction: t(`sanction.${notice.sanction}.name`) }) };
    case 'ErrandDone':
      return { tone: 'good', polite: t('hud.errandDone', { errand: t(`errand.${notice.errand}`) }) };
    case 'ErrandFailed': {
      const text = t('hud.errandFailed', { errand: t(`errand.${notice.errand}`) });
      // Polite: only sanctions and alarms interrupt a screen reader.
      return { tone: 'bad', toast: text, polite: text };
    }
    case 'DayEnded':
      return null;
  }
}
