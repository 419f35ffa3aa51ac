// Unit tests see every text at once (setupFiles in vitest.config.ts).
import { provideAllTexts } from './helpers/texts';

provideAllTexts();
