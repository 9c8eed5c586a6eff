import "../jitless";
import { OfficeWorkbookHost } from "../excel/host";
import { mountTaskPane } from "./mount";

/** The add-in's entry: mounts the task pane on the Excel host once Office is ready. */
void Office.onReady(() => {
  const root = document.getElementById("app");
  if (root !== null) mountTaskPane(root, new OfficeWorkbookHost());
});
