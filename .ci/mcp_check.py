#!/usr/bin/env python3
"""`guide mcp` against a client nobody here wrote: the official Python MCP SDK (mcp >= 2.3).

Connects both ways (mode="auto": server/discover and the stateless 2026-07-28 revision;
mode="legacy": the initialize handshake), lists the tools, calls each with real situations and
validates every structuredContent against the tool's outputSchema (jsonschema); pages through the
resources, reads one, gets the prompt. Exits 1 on the first failure, saying what failed.

Usage: mcp_check.py GUIDE_BINARY CORPUS_DIR
"""

import asyncio
import sys

import jsonschema
from mcp import Client, StdioServerParameters

CALLS = [
    ("search_guidelines", {"query": "pårørende barn ved ALS", "limit": 5}),
    ("search_guidelines", {"query": "kommunal koordinator", "role": "fastlege"}),
    ("search_guidelines", {"query": "informasjon til pasienten", "must": True}),
    ("search_guidelines", {"query": "graviditet og svangerskapsdiabetes"}),
    ("get_recommendation", {"id": "als/2.3"}),
    ("get_recommendation", {"id": "als-samhandling-og-oppfolging/1.2"}),
    ("plan_contents", {"situation": "ME/CFS helsehjelp i hjemmet"}),
    ("plan_contents", {"situation": "hva bør behandlingsplanen inneholde ved ALS"}),
    ("plan_contents", {}),
    ("legal_basis", {"act": "helsepersonelloven", "section": "§ 10a"}),
    ("legal_basis", {"act": "pbrl"}),
    ("legal_basis", {}),
    ("role_tasks", {"role": "fastlegen"}),
    ("role_tasks", {"role": "kommunal koordinator"}),
    ("list_guidelines", {}),
]
# Wrong on purpose: a tool error in Norwegian, never a crash or a protocol error.
BAD_CALLS = [
    ("get_recommendation", {"id": "als/9.9"}),
    ("search_guidelines", {"query": "ALS", "limit": 500}),
]


def fail(message):
    print(f"mcp_check: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


async def check(binary, corpus, mode, expected_version):
    server = StdioServerParameters(command=binary, args=["mcp", "--corpus", corpus, "--page-size", "3"])
    async with Client(server, mode=mode, read_timeout_seconds=120) as client:
        if client.protocol_version != expected_version:
            fail(f"{mode}: negotiated {client.protocol_version}, expected {expected_version}")
        if "NLOD" not in (client.instructions or ""):
            fail(f"{mode}: instructions do not name the licence")
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        if set(tools) != {name for name, _ in CALLS}:
            fail(f"{mode}: tools listed: {sorted(tools)}")
        for name, tool in tools.items():
            if not (tool.annotations and tool.annotations.read_only_hint and tool.annotations.open_world_hint is False):
                fail(f"{mode}: {name} is not annotated read-only and closed-world")
            jsonschema.Draft202012Validator.check_schema(tool.output_schema)
        for name, arguments in CALLS:
            result = await client.call_tool(name, arguments)
            if result.is_error:
                fail(f"{mode}: {name} {arguments}: {result.content}")
            try:
                jsonschema.validate(result.structured_content, tools[name].output_schema)
            except jsonschema.ValidationError as error:
                fail(f"{mode}: {name} {arguments}: structuredContent does not fit its outputSchema: {error.message}")
            text = result.content[0].text if result.content else ""
            if not text.strip():
                fail(f"{mode}: {name} {arguments}: no text content")
        for name, arguments in BAD_CALLS:
            result = await client.call_tool(name, arguments)
            if not result.is_error or not result.content:
                fail(f"{mode}: {name} {arguments} is not a tool error")
        uris, cursor, pages = [], None, 0
        while True:
            listing = await client.list_resources(cursor=cursor)
            uris += [str(resource.uri) for resource in listing.resources]
            pages += 1
            cursor = listing.next_cursor
            if not cursor or pages > 100:
                break
        if pages < 2 or not uris:
            fail(f"{mode}: resources/list gave {len(uris)} resources on {pages} pages")
        read = await client.read_resource(uris[-1])
        if "HØRINGSUTKAST" not in read.contents[0].text and "Kilde" not in read.contents[0].text:
            fail(f"{mode}: {uris[-1]} reads without its source")
        prompts = (await client.list_prompts()).prompts
        if [prompt.name for prompt in prompts] != ["svar_fra_retningslinjene"]:
            fail(f"{mode}: prompts {[prompt.name for prompt in prompts]}")
        prompt = await client.get_prompt("svar_fra_retningslinjene", {"sporsmal": "Hvem koordinerer ved ALS?"})
        if "Hvem koordinerer ved ALS?" not in prompt.messages[0].content.text:
            fail(f"{mode}: the prompt leaves out the question")
        print(f"mcp_check: {mode}: {client.protocol_version}, {len(tools)} tools, {len(CALLS)} calls validated, "
              f"{len(uris)} resources on {pages} pages, prompt ok")


async def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    binary, corpus = sys.argv[1], sys.argv[2]
    await check(binary, corpus, "auto", "2026-07-28")
    await check(binary, corpus, "legacy", "2025-11-25")


if __name__ == "__main__":
    asyncio.run(main())
