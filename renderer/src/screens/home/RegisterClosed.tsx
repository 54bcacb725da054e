import { neededRoles, permissions } from '../../../../shared/contract/permissions';

/** Said instead of the register to a role that may not read it (teachers and TAs): main would refuse. */
export function RegisterClosed() {
  return (
    <section className="empty-state" aria-labelledby="register-closed">
      <h2 id="register-closed">The SEND register is not shared with your role</h2>
      <p>{neededRoles(permissions['register.list'])} Ask the SENCO about the pupils you work with.</p>
    </section>
  );
}
