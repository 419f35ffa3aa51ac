/* eslint-disable */
// The Phaser the production build ships: Phaser 4's own entry point
// (node_modules/phaser/src/phaser.js) without the physics engines (Arcade,
// Matter) and tilemaps, which the game does not use, and built with the
// WebGL renderer only (vite.config.ts defines the feature flags). That is
// about 70 KB gzip less JavaScript to load and parse at start.
//
// vite.config.ts points `import Phaser from 'phaser'` here for `vite build`
// only; `vite` (dev) and the types use the full package. If you need a
// part of Phaser that is left out, add its require below.
//
// These files are not part of Phaser's public exports, so package.json pins
// Phaser to one exact version, and tests/unit/phaserEntry.test.ts compares
// this file with the package's own entry: an upgrade that moves a file fails
// there, listing the difference. The build defines FEATURE_SOUND as false
// (the game sets noAudio), so the sound block below is left out.
require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

var Phaser = {

    Actions: require('../../node_modules/phaser/src/actions'),
    Animations: require('../../node_modules/phaser/src/animations'),
    BlendModes: require('../../node_modules/phaser/src/renderer/BlendModes'),
    Cache: require('../../node_modules/phaser/src/cache'),
    Cameras: require('../../node_modules/phaser/src/cameras'),
    Core: require('../../node_modules/phaser/src/core'),
    Class: require('../../node_modules/phaser/src/utils/Class'),
    Curves: require('../../node_modules/phaser/src/curves'),
    Data: require('../../node_modules/phaser/src/data'),
    Display: require('../../node_modules/phaser/src/display'),
    DOM: require('../../node_modules/phaser/src/dom'),
    Events: require('../../node_modules/phaser/src/events'),
    Filters: require('../../node_modules/phaser/src/filters'),
    Game: require('../../node_modules/phaser/src/core/Game'),
    GameObjects: require('../../node_modules/phaser/src/gameobjects'),
    Geom: require('../../node_modules/phaser/src/geom'),
    Input: require('../../node_modules/phaser/src/input'),
    Loader: require('../../node_modules/phaser/src/loader'),
    Math: require('../../node_modules/phaser/src/math'),
    Plugins: require('../../node_modules/phaser/src/plugins'),
    Renderer: require('../../node_modules/phaser/src/renderer'),
    Scale: require('../../node_modules/phaser/src/scale'),
    ScaleModes: require('../../node_modules/phaser/src/renderer/ScaleModes'),
    Scene: require('../../node_modules/phaser/src/scene/Scene'),
    Scenes: require('../../node_modules/phaser/src/scene'),
    Structs: require('../../node_modules/phaser/src/structs'),
    Textures: require('../../node_modules/phaser/src/textures'),
    Time: require('../../node_modules/phaser/src/time'),
    TintModes: require('../../node_modules/phaser/src/renderer/TintModes'),
    Tweens: require('../../node_modules/phaser/src/tweens'),
    Utils: require('../../node_modules/phaser/src/utils')

};

if (typeof FEATURE_SOUND)
{
    Phaser.Sound = require('../../node_modules/phaser/src/sound');
}

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
