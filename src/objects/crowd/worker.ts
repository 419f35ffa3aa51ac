// The plaza crowd's walking, off the main thread: the same pure model as
// src/core/crowd.ts, stepped here so that a frame on the main thread only
// draws. The city lends its arrays with each request and gets them back
// filled with the new state.
import { createCrowd, setPlayer, stepCrowd, type Crowd } from '../../core/crowd';
import { transferList, type FromWorker, type ToWorker } from './messages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
let crowd: Crowd | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    crowd = createCrowd(message.options);
    return;
  }
  if (!crowd) return;
  setPlayer(crowd, ...message.player);
  for (let i = 0; i < message.steps; i++) stepCrowd(crowd, message.seconds);
  const { arrays } = message;
  arrays.x.set(crowd.x);
  arrays.y.set(crowd.y);
  arrays.vx.set(crowd.vx);
  arrays.vy.set(crowd.vy);
  scope.postMessage({ type: 'state', arrays }, transferList(arrays));
};
