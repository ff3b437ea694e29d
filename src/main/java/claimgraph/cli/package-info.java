/**
 * Command line: thin picocli commands that parse, call one stage and print. Entry point: {@link claimgraph.cli.Main}.
 */
package claimgraph.cli;
