package org.kubedeck.web.support.mcp;

import java.util.List;

/** A feature's tools for the MCP server; each feature that offers some has one, as a bean. */
public interface McpToolbox {

    List<McpTool> tools();
}
