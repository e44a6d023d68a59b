"""Review of a response: the status workflow and its events (workflow), the frozen JSON
snapshot of a response at a transition (snapshot), the diff between two snapshots (diff) and the
review report (report). Pure: it may import `workbench.core` and `workbench.errors`; never
textual, the store or sqlite (the use cases in `workbench.usecases.review` combine it with the
store)."""
