namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// What our readers note as they read: whether any "$ref" may name another file (is not a "#..." pointer into
/// the same one). When none does, the loader has no other file to look for, and skips its walk over the whole
/// tree, which on a large description touched every node a second time.
/// </summary>
internal static class FileReferences
{
    /// <summary>Whether the entry is a "$ref" whose value may name another file.</summary>
    public static bool MayNameFile(string key, DocValue value) => value.TryGetScalar(out var text, out _) && Target(key, text) is not null;

    /// <summary>The value of a "$ref" entry that may name another file (one not starting with "#"); null for any other entry.</summary>
    public static string? Target(string key, DocNode value) => Target(key, (value as DocScalar)?.Value);

    private static string? Target(string key, string? scalarText)
        => key == "$ref" && scalarText is { Length: > 0 } text && text[0] != '#' ? text : null;
}
