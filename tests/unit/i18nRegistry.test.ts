// The text registry as the game uses it: texts arrive in chunks (the core of
// one language at start, features and the other language later), a screen's
// texts are there before it asks, and a language switch waits for the new
// language's texts so no raw key ever shows. Each test gets a fresh registry
// (the unit setup fills the shared one with everything).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type I18n = typeof import('../../src/i18n');
let i18n: I18n;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/i18n');
});

describe('text registry', () => {
  it('starts empty and loads one language core without any feature', async () => {
    expect(i18n.hasTexts('en')).toBe(false);
    expect(i18n.translate('en', 'start.start')).toBe('start.start');

    await i18n.ensureTexts('en');
    expect(i18n.translate('en', 'start.start')).toBe('Start the day');
    expect(i18n.hasTexts('en')).toBe(true);
    expect(i18n.hasTexts('de')).toBe(false);
    expect(i18n.hasTexts('en', 'debrief')).toBe(false);
    expect(i18n.loadedFeatures('en')).toEqual([]);
    expect(i18n.hasText('en', 'debrief.title')).toBe(false);
  });

  it('loads a feature with its screen, in the language asked for', async () => {
    await i18n.ensureTexts('de', 'debrief');
    expect(i18n.translate('de', 'debrief.title')).toBe('Deine Bürgerakte');
    expect(i18n.translate('de', 'start.start')).toBe('Den Tag beginnen');
    expect(i18n.loadedFeatures('de')).toEqual(['debrief']);
    expect(i18n.hasTexts('en', 'debrief')).toBe(false);
    expect(() => i18n.featureTexts('de', 'workshop')).toThrow(/workshop texts \(de\)/);
    await i18n.ensureTexts('de', 'workshop');
    expect(i18n.featureTexts('de', 'workshop').guide.title).toBe(i18n.translate('de', 'workshop.guide.title'));
  });

  it('falls back to the other loaded language rather than show a raw key', async () => {
    await i18n.ensureTexts('en', 'desk');
    await i18n.ensureTexts('de');
    expect(i18n.translate('de', 'desk.title')).toBe(i18n.translate('en', 'desk.title'));
    expect(i18n.translate('de', 'desk.title')).not.toBe('desk.title');
    expect(i18n.translate('de', 'no.such.key')).toBe('no.such.key');
  });

  it('serves screens asking for the same texts at the same time', async () => {
    const loads = await Promise.all([i18n.ensureTexts('en', 'kiosk'), i18n.ensureTexts('en', 'kiosk', 'debrief'), i18n.ensureTexts('en')]);
    expect(loads).toHaveLength(3);
    expect(i18n.loadedFeatures('en').sort()).toEqual(['debrief', 'kiosk']);
  });
});

describe('text level', () => {
  it('reads the simple texts once chosen, loads them as their own chunk, and falls back to the standard', async () => {
    await i18n.ensureTexts('en', 'debrief');
    const standard = i18n.translate('en', 'start.intro');
    expect(i18n.textLevel()).toBe('standard');
    await i18n.ensureTextsAt('en', 'simple', 'debrief');
    expect(i18n.translate('en', 'start.intro')).toBe(standard); // loaded, not yet chosen
    i18n.setTextLevel('simple');
    expect(i18n.translate('en', 'start.intro')).not.toBe(standard);
    expect(i18n.loadedFeatures('en')).toEqual(['debrief']);
    // A feature whose simple texts never arrived (offline) shows its standard texts, never a raw key.
    await i18n.ensureTextsAt('en', 'standard', 'desk');
    expect(i18n.translate('en', 'desk.title')).toBe(i18n.featureTexts('en', 'desk').title);
    expect(i18n.translate('en', 'desk.title')).not.toBe('desk.title');
  });

  it('switches the level only once its texts are there, and the store redraws screens on it', async () => {
    const { createGameStore, textsShown } = await import('../../src/store/gameStore');
    const { chooseTextLevel } = await import('../../src/ui/textLevelButtons');
    await i18n.ensureTexts('de', 'check');
    const store = createGameStore({ lang: 'de' });
    const standard = i18n.translate('de', 'start.intro');
    const seen: string[] = [];
    store.subscribe(textsShown, () => seen.push(i18n.translate('de', 'start.intro')));
    const switching = chooseTextLevel(store, 'simple');
    expect(store.getState().textLevel).toBe('standard');
    await switching;
    expect(store.getState().textLevel).toBe('simple');
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(standard);
    expect(seen[0]).not.toBe('start.intro');
  });
});

describe('language switch', () => {
  it('switches only once the new language has every text the old one had loaded', async () => {
    const { createGameStore } = await import('../../src/store/gameStore');
    const { chooseLanguage } = await import('../../src/ui/languageButtons');
    await i18n.ensureTexts('en', 'debrief');
    const store = createGameStore({ lang: 'en' });
    const seen: string[] = [];
    // What a screen redrawn on the switch would show at that very moment.
    store.subscribe((s) => s.lang, (lang) => seen.push(i18n.translate(lang, 'start.start'), i18n.translate(lang, 'debrief.title')));

    const switching = chooseLanguage(store, 'de');
    expect(store.getState().lang).toBe('en'); // not before the German texts are there
    await switching;
    expect(store.getState().lang).toBe('de');
    expect(seen).toEqual(['Den Tag beginnen', 'Deine Bürgerakte']);
  });

  it('adds up a quick language choice and a quick text-level choice: German, then simple, gives simple German', async () => {
    const { createGameStore } = await import('../../src/store/gameStore');
    const { chooseLanguage } = await import('../../src/ui/languageButtons');
    const { chooseTextLevel } = await import('../../src/ui/textLevelButtons');
    await i18n.ensureTexts('en');
    const store = createGameStore({ lang: 'en' });
    await Promise.all([chooseLanguage(store, 'de'), chooseTextLevel(store, 'simple')]);
    expect(store.getState()).toMatchObject({ lang: 'de', textLevel: 'simple' });
    expect(i18n.hasTexts('de')).toBe(true); // the simple German core, at the level now chosen
  });

  it('keeps the last of two quick choices', async () => {
    const { createGameStore } = await import('../../src/store/gameStore');
    const { chooseLanguage } = await import('../../src/ui/languageButtons');
    await i18n.ensureTexts('en');
    const store = createGameStore({ lang: 'en' });
    await Promise.all([chooseLanguage(store, 'de'), chooseLanguage(store, 'en')]);
    expect(store.getState().lang).toBe('en');
  });
});
