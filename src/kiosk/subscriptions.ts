// Counts the store's live subscriptions, so the soak can see that a visitor
// session leaves none behind (zustand does not say how many it holds).
import type { GameStore } from '../store/gameStore';

export function countSubscriptions(store: GameStore): () => number {
  let live = 0;
  const subscribe = store.subscribe;
  store.subscribe = ((...args: Parameters<typeof subscribe>) => {
    const unsubscribe = (subscribe as (...a: unknown[]) => () => void)(...args);
    live++;
    let done = false;
    return () => {
      if (!done) {
        done = true;
        live--;
      }
      unsubscribe();
    };
  }) as typeof subscribe;
  return () => live;
}
