/** The register's own pages; each mounts fresh, so focus and title follow. */
export type RegisterView =
  | { name: 'list'; notice?: string }
  | { name: 'add' }
  | { name: 'import-csv' }
  | { name: 'import-ctf' }
  | { name: 'pupil'; pupilId: string; monitoring: boolean; notice?: string }
  | { name: 'status'; pupilId: string; pupilName: string; monitoring: boolean }
  /** `current`: the open needs in rank order, to start the form from. */
  | { name: 'needs'; pupilId: string; pupilName: string; monitoring: boolean; current: string[] }
  | { name: 'concern'; pupilId: string; pupilName: string }
  | { name: 'close-concern'; pupilId: string; pupilName: string }
  | { name: 'move-to-support'; pupilId: string; pupilName: string };
