import type { Toast as ToastData } from "~/utils/toast.server";

/** The result of the last action, announced politely to screen readers. */
export function Toast({ toast }: { toast: ToastData }) {
  return (
    <div className="container">
      <p className={`toast toast-${toast.type}`} role={toast.type === "error" ? "alert" : "status"}>
        {toast.message}
      </p>
    </div>
  );
}
