"""What the tests stand on: fakes of the outside world, real local servers, data, and fixtures.

    fake_telegram   a fake Bot API server, the bot harnesses, update builders; fixtures fake_tg, bot, ...
    fake_openai     a fake OpenAI-compatible server; fixtures fake_openai, llm_settings
    local_servers   a real Redis and a real Chroma server on 127.0.0.1; fixtures redis_url, chroma_server
    knowledge       the sample guidelines and settings; fixtures knowledge_dir, settings, sample_knowledge
    llm_answers     canned valid model answers and requests
    bad_input_corpus    the deterministic corpus of bad inputs

The modules with fixtures are pytest plugins, listed in tests/conftest.py's `pytest_plugins`: a
test asks for a fixture by naming it as a parameter, and imports from here only plain helpers
and classes (`from tests.support.fake_telegram import USER, text_message`), never a fixture.
"""
