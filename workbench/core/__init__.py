"""The domain core: the dataclasses of a remiss and a response (model), the stance vocabulary
(stances), the paragraph markup (markup) and small Swedish wordings shared by the front ends
(format); the drafting rules belong here too. Pure: it imports only the standard library and
`workbench.errors`, never another workbench layer, textual, the store or sqlite."""
