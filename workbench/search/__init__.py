"""Search without the database: Swedish word forms and Snowball stems (stemming), the query
language and its filters (query) and BM25 ranking (rank). The store's full-text index
(`workbench.store.search`) calls these. Pure: it may import `workbench.core` and
`workbench.errors`; never textual, the store or sqlite."""
