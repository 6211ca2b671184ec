"""Retrieval layer: load, chunk, embed and search the knowledge files.

Use the facade `bot.retrieval.knowledge_base.KnowledgeBase`; the other modules are its parts
(loaders, chunking, embeddings, lexical, store, hybrid). Nothing heavy is imported here.
"""
