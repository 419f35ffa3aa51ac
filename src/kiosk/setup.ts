// Kiosk mode's entry, called by main.ts when `?mode=kiosk`: reads the kiosk
// config and the staff settings, hardens the page, registers offline support,
// and hands main.ts what it needs (level, language, the ended screen); then
// `start` runs the controller, the staff corner and the watchdog.
import { settingsStore } from '../settingsStore';
import type Phaser from 'phaser';
import { ensureTextsAt, LANGS, type Lang, type TextLevel } from '../i18n';
import type { GameStore } from '../store/gameStore';
import type { UiContext } from '../ui/context';
import { DEFAULT_KIOSK_CONFIG, KIOSK_CONFIG_FILE, parseKioskConfig, withStaffSettings, type KioskConfig } from './config';
import { KioskController } from './controller';
import { hardenPage } from './hardening';
import { registerOffline } from './offline';
import { mountStaffCorner } from './staff';
import { readStaffSettings, saveStaffSettings } from './staffSettings';
import { countSubscriptions } from './subscriptions';
import { provideKioskStats } from '../testing/testApi';
import { startWatchdog } from './watchdog';
import './kiosk.css';

export interface KioskSetup {
  controller: KioskController;
  levelId: string;
  lang: Lang;
  /** The text level a visitor gets by just touching the screen. */
  textLevel: TextLevel;
  /** Messages about a broken config file: shown like a broken level. */
  errors: string[];
  watchStore(store: GameStore): void;
  start(store: GameStore, game: Phaser.Game, ui: UiContext): void;
}

async function fetchConfig(): Promise<{ config: KioskConfig; errors: string[] }> {
  try {
    const response = await fetch(KIOSK_CONFIG_FILE, { cache: 'no-cache' });
    if (response.status === 404) {
      console.warn(`[kiosk] ${KIOSK_CONFIG_FILE} not found: using the defaults (no staff PIN).`);
      return { config: { ...DEFAULT_KIOSK_CONFIG }, errors: [] };
    }
    if (!response.ok) return { config: { ...DEFAULT_KIOSK_CONFIG }, errors: [`${KIOSK_CONFIG_FILE}: the file could not be loaded (HTTP ${response.status})`] };
    const result = parseKioskConfig(await response.text());
    if (!result.ok) return { config: { ...DEFAULT_KIOSK_CONFIG }, errors: result.errors };
    for (const warning of result.warnings) console.warn(`[kiosk] ${warning}`);
    return { config: result.config, errors: [] };
  } catch (error) {
    return { config: { ...DEFAULT_KIOSK_CONFIG }, errors: [`${KIOSK_CONFIG_FILE}: the file could not be loaded (${error instanceof Error ? error.message : String(error)})`] };
  }
}

export async function prepareKiosk(search: string, storage: Storage | null, urlLang: Lang | null, urlTextLevel: TextLevel | null = null): Promise<KioskSetup> {
  hardenPage();
  // Idle means the attract loop: a new build may only take over then.
  let idle = () => true;
  const updates = registerOffline(() => idle());
  // Visitors switch language on the attract screen at a touch, and the kiosk
  // shows its own debrief: every text it can need, in both languages, up front
  // (and at both text levels when the config offers simple text at all).
  const [{ config: fileConfig, errors }] = await Promise.all([fetchConfig(), ...LANGS.map((l) => ensureTextsAt(l, 'standard', 'kiosk', 'debrief'))]);
  const config = withStaffSettings(fileConfig, readStaffSettings(storage));
  const textLevel = urlTextLevel ?? config.defaultTextLevel;
  if (config.simpleTextButtons || textLevel === 'simple') await Promise.all(LANGS.map((l) => ensureTextsAt(l, 'simple', 'kiosk', 'debrief')));
  const controller = new KioskController(config, storage);
  controller.updates = updates;
  idle = () => controller.mode === 'attract';
  // `?level=` still wins, so a museum can try another level on the kiosk.
  const levelId = new URLSearchParams(search).get('level') ?? config.level;
  const stats = { subscriptions: () => 0 };
  return {
    controller,
    levelId,
    lang: urlLang ?? config.defaultLang,
    textLevel,
    errors,
    watchStore(store) {
      stats.subscriptions = countSubscriptions(store);
    },
    start(store, game, ui) {
      controller.start(store, game, ui);
      applyKioskVolume(controller.config.volume);
      mountStaffCorner({
        config: () => controller.config,
        lang: () => store.getState().lang,
        opened: (open) => {
          controller.staffOpen = open;
          controller.markInput();
        },
        save: (settings) => {
          saveStaffSettings(storage, settings);
          controller.applyConfig(withStaffSettings(fileConfig, settings));
          applyKioskVolume(controller.config.volume);
        },
      });
      startWatchdog({
        recover: () => controller.recover(),
        frame: () => game.loop.frame,
        phase: () => store.getState().phase,
        resume: () => store.getState().resume(),
      });
      // For tests and the soak, on a page opened for testing only (src/testing/testApi.ts).
      provideKioskStats(() => ({ mode: controller.mode, sessions: controller.sessions, recoveries: controller.recoveries, subscriptions: stats.subscriptions() }));
    },
  };
}

/**
 * The staff's volume is the kiosk's master level: effects at that level, the
 * street bed quieter beneath them. Kiosk settings are never saved for a
 * visitor (see applySettings), so this changes nothing in storage.
 */
function applyKioskVolume(volume: number): void {
  settingsStore.setState({ effectsVolume: volume, ambienceVolume: volume / 2 });
}
