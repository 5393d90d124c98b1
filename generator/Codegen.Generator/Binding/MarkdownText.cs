namespace Codegen.Generator.Binding;

/// <summary>Pieces of CommonMark for the documentation text the binder writes itself (descriptions are CommonMark, and so is what goes beside them).</summary>
internal static class MarkdownText
{
    /// <summary>
    /// <paramref name="text"/> as a code span: shown as code, its characters never read as emphasis, links or HTML.
    /// The fence is one backtick longer than any run of backticks in the text; the spaces inside it are stripped again.
    /// </summary>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = run > longest ? run : longest;
        }

        var fence = new string('`', longest + 1);
        return fence + " " + text + " " + fence;
    }
}
