/** What every form on a pupil's file gets: whose file, and where to go when done or cancelled. */
export interface TaskProps {
  pupilId: string;
  pupilName: string;
  onDone(notice: string): void;
  onCancel(): void;
}
