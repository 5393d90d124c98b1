namespace Codegen.Generator.Parsing.Model;

/// <summary>The keys an operation's "responses" map may have, and which of them a call succeeds with.</summary>
/// <remarks>
/// OpenAPI allows an HTTP status code (three digits, 100 to 599), a range of them ("1XX" to "5XX") or "default".
/// The specification writes ranges in upper case; "2xx" is common in real descriptions and is read as the same range.
/// The reader reports any other key (OAG0056) and leaves its response out, so the binders only meet these.
/// </remarks>
internal static class StatusKeys
{
    public const string Default = "default";

    public static bool IsValid(string key)
        => key == Default || (key.Length == 3 && key[0] >= '1' && key[0] <= '5' && ((IsDigit(key[1]) && IsDigit(key[2])) || IsRange(key)));

    /// <summary>A 2xx code or the 2XX range.</summary>
    public static bool IsSuccess(string key)
        => key.Length == 3 && key[0] == '2' && ((IsDigit(key[1]) && IsDigit(key[2])) || IsRange(key));

    /// <summary>A range such as "4XX" (of a valid key: the reader has checked the first digit).</summary>
    public static bool IsRange(string key) => key.Length == 3 && (key[1] == 'X' || key[1] == 'x') && (key[2] == 'X' || key[2] == 'x');

    // ASCII only: char.IsDigit also takes other scripts' digits, which no status code has.
    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
