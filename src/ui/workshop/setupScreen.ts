// The facilitator's screen: choose the session's settings, get the link and
// its QR code for the class, copy it, and open the class view or the lesson
// material. The settings live only in this page and in the link.
import { isLang, TEXT_LEVEL_NAMES, TEXT_LEVELS, type Lang } from '../../i18n';
import { DEFAULT_WORKSHOP, encodeWorkshop, PACES, SESSION_MINUTES, TOPIC_IDS, type Pace, type WorkshopSettings } from '../../workshop/settings';
import { el } from '../dom';
import type { PageContext } from './pages';
import { qrSvg } from './qrCode';

/** Kept across language switches (the page redraws). */
let chosen: WorkshopSettings | null = null;

export function shareUrl(settings: WorkshopSettings): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}?${encodeWorkshop(settings)}`;
}

export function renderSetup(root: HTMLElement, ctx: PageContext): () => void {
  const { t, store } = ctx;
  const settings: WorkshopSettings = chosen ?? { ...DEFAULT_WORKSHOP, off: [], lang: store.getState().lang, textLevel: store.getState().textLevel };
  chosen = settings;

  const linkInput = el('input', { id: 'workshop-link', type: 'text', readonly: true, class: 'link-input', 'aria-labelledby': 'link-title' });
  const qrBox = el('div', { class: 'qr-box', id: 'workshop-qr' });
  const status = el('p', { class: 'copy-status', role: 'status' });
  const tryLink = el('a', { class: 'btn', id: 'workshop-try', text: t('workshop.setup.open') });
  const refresh = () => {
    const url = shareUrl(settings);
    linkInput.value = url;
    tryLink.setAttribute('href', url);
    qrBox.replaceChildren(qrSvg(url, t('workshop.setup.qrAlt', { url })));
    status.textContent = '';
  };

  const radios = <V extends string | number>(name: string, legend: string, values: readonly V[], label: (v: V) => string, current: V, set: (v: V) => void) =>
    el('fieldset', { class: 'setup-group' }, [
      el('legend', { text: legend }),
      ...values.map((v) => {
        const input = el('input', { type: 'radio', name, value: String(v), id: `${name}-${v}`, checked: v === current });
        input.addEventListener('change', () => {
          set(v);
          refresh();
        });
        // Language names are spoken in their own language.
        return el('label', { for: `${name}-${v}`, class: 'choice', lang: name === 'game-lang' ? String(v) : undefined }, [input, ` ${label(v)}`]);
      }),
    ]);

  const stations = el('fieldset', { class: 'setup-group setup-stations' }, [
    el('legend', { text: t('workshop.setup.stations') }),
    ...TOPIC_IDS.map((topic) => {
      const input = el('input', { type: 'checkbox', id: `topic-${topic}`, 'data-topic': topic, checked: !settings.off.includes(topic) });
      input.addEventListener('change', () => {
        settings.off = input.checked ? settings.off.filter((x) => x !== topic) : [...settings.off, topic];
        refresh();
      });
      return el('label', { for: `topic-${topic}`, class: 'choice' }, [input, ` ${t(`workshop.topics.${topic}`)}`]);
    }),
    el('p', { class: 'note', text: t('workshop.setup.stationsHint') }),
  ]);

  const notes = el('input', { type: 'checkbox', id: 'setup-notes', checked: settings.contentNotes });
  notes.addEventListener('change', () => {
    settings.contentNotes = notes.checked;
    refresh();
  });

  const desk = el('input', { type: 'checkbox', id: 'setup-desk', checked: settings.desk });
  desk.addEventListener('change', () => {
    settings.desk = desk.checked;
    refresh();
  });

  const check = el('input', { type: 'checkbox', id: 'setup-check', checked: settings.check });
  check.addEventListener('change', () => {
    settings.check = check.checked;
    refresh();
  });

  const copy = el('button', { type: 'button', class: 'btn btn-primary', id: 'workshop-copy', text: t('workshop.setup.copy') });
  copy.addEventListener('click', () => {
    const done = () => (status.textContent = t('workshop.setup.copied'));
    const failed = () => {
      linkInput.select();
      status.textContent = t('workshop.setup.copyFailed');
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(linkInput.value).then(done, failed);
    else failed();
  });
  linkInput.addEventListener('focus', () => linkInput.select());

  const guide = el('button', { type: 'button', class: 'btn', id: 'open-guide', text: t('workshop.setup.guide') });
  guide.addEventListener('click', () => ctx.go('guide'));
  const classLink = el('a', { class: 'btn', id: 'open-class', href: `?mode=class&lang=${store.getState().lang}`, target: '_blank', rel: 'noopener', text: t('workshop.setup.classView') });
  const backLink = el('a', { class: 'btn', href: `?lang=${store.getState().lang}`, text: t('workshop.setup.back') });

  const screen = el('section', { class: 'screen workshop-page setup', 'aria-labelledby': 'setup-title' }, [
    el('div', { class: 'workshop-top' }, [el('h1', { id: 'setup-title', text: t('workshop.setup.title') }), ctx.languageRow()]),
    el('p', { text: t('workshop.setup.intro') }),
    el('div', { class: 'setup-columns' }, [
      el('div', { class: 'setup-form' }, [
        radios('minutes', t('workshop.setup.minutes'), SESSION_MINUTES, (m) => t('workshop.setup.minutesValue', { minutes: m }), settings.minutes, (m) => (settings.minutes = m)),
        stations,
        radios('pace', t('workshop.pace.label'), Object.keys(PACES) as Pace[], (p) => t(`workshop.pace.${p}`), settings.pace, (p) => (settings.pace = p)),
        radios('game-lang', t('workshop.setup.language'), ['de', 'en'] as Lang[], (l) => (l === 'de' ? 'Deutsch' : 'English'), settings.lang ?? 'en', (l) => {
          if (isLang(l)) settings.lang = l;
        }),
        // Each level named and shown by a sample in its own style, in the page's language.
        radios('game-text', t('workshop.setup.textLevel'), TEXT_LEVELS, (level) => {
          const { name, sample } = TEXT_LEVEL_NAMES[store.getState().lang][level];
          return `${name}: ${sample}`;
        }, settings.textLevel, (level) => (settings.textLevel = level)),
        el('p', { class: 'choice' }, [notes, ' ', el('label', { for: 'setup-notes', text: t('workshop.setup.notes') })]),
        el('p', { class: 'choice' }, [desk, ' ', el('label', { for: 'setup-desk', text: t('workshop.setup.desk') })]),
        el('p', { class: 'choice' }, [check, ' ', el('label', { for: 'setup-check', text: t('workshop.setup.check') })]),
      ]),
      el('div', { class: 'setup-share' }, [
        el('h2', { id: 'link-title', text: t('workshop.setup.link') }),
        linkInput,
        el('div', { class: 'button-row' }, [copy, tryLink]),
        status,
        el('h2', { text: t('workshop.setup.qr') }),
        qrBox,
      ]),
    ]),
    el('div', { class: 'button-row' }, [guide, classLink, backLink]),
    el('p', { class: 'privacy', text: t('workshop.privacy') }),
  ]);
  refresh();
  root.append(screen);
  return () => screen.remove();
}
