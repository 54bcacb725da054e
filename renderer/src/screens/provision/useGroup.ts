import type { Result } from '../../../../shared/contract/result';
import { useLoad } from '../../components/useLoad';
import type { GroupDetail, ReviewOutcomeValue, StaffRoleValue } from './api';

export interface GroupContext {
  detail: GroupDetail;
  /** All outcomes, archived too: a past review may have used one since archived. */
  outcomes: ReviewOutcomeValue[];
  roles: StaffRoleValue[];
}

/** A group with the words its page needs: the school's review outcomes and staff roles. */
export function useGroup(groupId: string) {
  return useLoad<GroupContext>(async (): Promise<Result<GroupContext>> => {
    const [detail, outcomes, roles] = await Promise.all([
      window.senco.provision.getGroup({ groupId }),
      window.senco.provision.listOutcomes({ includeArchived: true }),
      window.senco.costing.listRoles({ includeArchived: true }),
    ]);
    if (!detail.ok) return detail;
    if (!outcomes.ok) return outcomes;
    if (!roles.ok) return roles;
    return { ok: true, value: { detail: detail.value, outcomes: outcomes.value, roles: roles.value } };
  }, 'SENCO Desk could not open the group.');
}

export const roleName = (roles: readonly StaffRoleValue[], roleId: string): string => roles.find((r) => r.id === roleId)?.name ?? 'Unknown role';
