// electron-builder afterPack hook: every fuse that @electron/fuses knows must
// be decided, true or false, in electron-builder.yml (electronFuses). A fuse
// added by a newer Electron then fails the build instead of shipping at its
// default. electron-builder flips the fuses after this hook, before signing.
import { FuseV1Options } from '@electron/fuses';

/** 'RunAsNode' → 'runAsNode': electron-builder's name for each fuse. */
const configName = (fuse) => fuse[0].toLowerCase() + fuse.slice(1);

export function undecidedFuses(electronFuses) {
  return Object.keys(FuseV1Options)
    .filter((key) => Number.isNaN(Number(key))) // a TypeScript enum maps both ways
    .map(configName)
    .filter((name) => typeof electronFuses?.[name] !== 'boolean');
}

export async function afterPack(context) {
  const undecided = undecidedFuses(context.packager.config.electronFuses);
  if (undecided.length > 0) {
    throw new Error(
      `after-pack: fuses not decided in electron-builder.yml (electronFuses): ${undecided.join(', ')}. ` +
        'Set each to true or false; if electron-builder does not know a fuse yet, flip it here with context.packager.addElectronFuses.',
    );
  }
  console.log(`after-pack: all ${Object.keys(context.packager.config.electronFuses).length} fuses decided`);
}

export default afterPack;
