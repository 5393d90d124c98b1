namespace Codegen.Generator.Emitting;

/// <summary>One emitted source file: its hint name (also its file name on disk) and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
