namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Reuses the string made for a piece of text when the same text comes again. Descriptions repeat a few
/// hundred words endlessly (keywords, "string", "object", media types, common property names); a new string
/// for each would be most of what reading allocates. A cache rather than a set: a slot holds the last
/// string that hashed to it, so memory stays bounded whatever the input. One per reader, not shared.
/// </summary>
internal sealed class TextInterner
{
    /// <summary>Longer texts rarely repeat (descriptions, examples); hashing them would cost more than it saves.</summary>
    public const int MaxLength = 48;

    private const int Slots = 4096;
    private readonly string?[] _table = new string?[Slots];

    public string Get(string text, int start, int length)
    {
        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        // FNV-1a over the characters.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        var slot = (int)(hash & (Slots - 1));
        var cached = _table[slot];
        if (cached is not null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
        {
            return cached;
        }

        var made = length == 0 ? string.Empty : text.Substring(start, length);
        _table[slot] = made;
        return made;
    }
}
