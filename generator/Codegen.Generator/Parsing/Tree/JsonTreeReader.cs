using System.Collections.Generic;
using System.Text;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Reads a JSON description into our tree directly, in one pass over the text we already hold, rather
/// than through a YAML parser. The result is exactly what YamlDotNet makes of the same text (JSON is
/// YAML): strings are double-quoted scalars, numbers, true, false and null plain ones, each located at
/// its first character, in UTF-16 columns. Where YAML would read the text differently or the text is not
/// strict JSON (a line separator inside a string, a lone surrogate, a trailing comma, a duplicate key,
/// nesting past the limit, anything after the value), it returns null and the YAML path reads the text,
/// with its messages for whatever is wrong.
/// </summary>
/// <remarks>
/// Not System.Text.Json's Utf8JsonReader: the generator is netstandard2.0 and loads inside the compiler,
/// where that would be one more assembly to ship, and it would need the text re-encoded as UTF-8 and
/// columns recounted in UTF-16 units, which is what diagnostics report.
/// </remarks>
internal sealed class JsonTreeReader
{
    private readonly string _text;
    private readonly TextInterner _interner = new();
    private readonly LevelBuffers<DocNode> _items = new();
    private readonly LevelBuffers<DocEntry> _entries = new();
    private readonly EntryBlocks _blocks;
    private StringBuilder? _escaped;
    private bool _refersToFiles;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private JsonTreeReader(string text)
    {
        _text = text;
        _blocks = new EntryBlocks(text.Length);
    }

    public static DocNode? TryRead(string text) => TryRead(text, out _);

    /// <param name="refersToFiles">Whether a "$ref" of the text may name another file (<see cref="FileReferences"/>).</param>
    public static DocNode? TryRead(string text, out bool refersToFiles)
    {
        var reader = new JsonTreeReader(text);
        refersToFiles = false;
        reader.SkipWhitespace();
        if (reader._position >= text.Length || text[reader._position] is not ('{' or '['))
        {
            return null;
        }

        if (reader.ReadValue(depth: 0) is not { } root)
        {
            return null;
        }

        reader.SkipWhitespace();
        refersToFiles = reader._refersToFiles;
        return reader._position == text.Length ? root.ToNode() : null;
    }

    private int Column => _position - _lineStart + 1;

    private void SkipWhitespace()
    {
        var text = _text;
        while (_position < text.Length)
        {
            switch (text[_position])
            {
                case ' ':
                case '\t':
                    _position++;
                    break;
                case '\n':
                    NewLine(_position + 1);
                    break;
                case '\r':
                    NewLine(_position + 1 < text.Length && text[_position + 1] == '\n' ? _position + 2 : _position + 1);
                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine(int next)
    {
        _position = next;
        _line++;
        _lineStart = next;
    }

    /// <summary>The value at the position (a scalar as parts, see <see cref="DocValue"/>); null when it is not one JSON allows.</summary>
    private DocValue? ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            return null;
        }

        switch (_text[_position])
        {
            case '{':
                return depth < GuardedParser.MaxDepth && ReadObject(depth + 1) is { } mapping ? (DocValue)mapping : (DocValue?)null;
            case '[':
                return depth < GuardedParser.MaxDepth && ReadArray(depth + 1) is { } sequence ? (DocValue)sequence : (DocValue?)null;
            case '"':
                return ReadString();
            case 't':
                return ReadLiteral("true");
            case 'f':
                return ReadLiteral("false");
            case 'n':
                return ReadLiteral("null");
            default:
                return ReadNumber();
        }
    }

    private DocMapping? ReadObject(int depth)
    {
        var line = _line;
        var column = Column;
        _position++;
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == '}')
        {
            _position++;
            return DocMapping.Empty(line, column);
        }

        var entries = _entries.Rent(depth);
        HashSet<string>? seen = null;
        while (true)
        {
            var keyLine = _line;
            var keyColumn = Column;
            if (_position >= _text.Length || _text[_position] != '"' || ReadStringText() is not { } key || DuplicateKeys.Contains(entries, key, ref seen))
            {
                return null;
            }

            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != ':')
            {
                return null;
            }

            _position++;
            SkipWhitespace();
            if (ReadValue(depth) is not { } value)
            {
                return null;
            }

            _refersToFiles |= FileReferences.MayNameFile(key, value);
            entries.Add(new DocEntry(new DocKey(key, isPlain: false, keyLine, keyColumn), value));
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                return null;
            }

            var next = _text[_position++];
            if (next == '}')
            {
                break;
            }

            if (next != ',')
            {
                return null;
            }

            SkipWhitespace();
        }

        return new DocMapping(_blocks.Keep(entries), line, column);
    }

    private DocSequence? ReadArray(int depth)
    {
        var line = _line;
        var column = Column;
        _position++;
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == ']')
        {
            _position++;
            return new DocSequence(System.Array.Empty<DocNode>(), line, column);
        }

        var items = _items.Rent(depth);
        while (true)
        {
            if (ReadValue(depth) is not { } item)
            {
                return null;
            }

            items.Add(item.ToNode());
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                return null;
            }

            var next = _text[_position++];
            if (next == ']')
            {
                break;
            }

            if (next != ',')
            {
                return null;
            }

            SkipWhitespace();
        }

        return new DocSequence(items.ToArray(), line, column);
    }

    private DocValue? ReadString()
    {
        var line = _line;
        var column = Column;
        return ReadStringText() is { } text ? DocValue.Scalar(text, isPlain: false, line, column) : (DocValue?)null;
    }

    /// <summary>The text of the string at the position, unescaped; null when it is not one JSON allows.</summary>
    private string? ReadStringText()
    {
        var text = _text;
        var start = _position + 1;
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (c == '"')
            {
                _position = end + 1;
                return _interner.Get(text, start, end - start);
            }

            if (c == '\\')
            {
                return ReadEscapedString(start, end);
            }

            if (!IsPlainText(c, text, ref end))
            {
                return null;
            }

            end++;
        }

        return null;
    }

    private string? ReadEscapedString(int start, int firstEscape)
    {
        var text = _text;
        var builder = _escaped ??= new StringBuilder();
        builder.Clear();
        builder.Append(text, start, firstEscape - start);
        var index = firstEscape;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                _position = index + 1;
                return builder.ToString();
            }

            if (c != '\\')
            {
                if (!IsPlainText(c, text, ref index))
                {
                    return null;
                }

                builder.Append(text, index - (char.IsLowSurrogate(text[index]) ? 1 : 0), char.IsLowSurrogate(text[index]) ? 2 : 1);
                index++;
                continue;
            }

            if (index + 1 >= text.Length)
            {
                return null;
            }

            var escape = text[index + 1];
            index += 2;
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (!TryHex(index, out var unit))
                    {
                        return null;
                    }

                    index += 4;
                    if (char.IsHighSurrogate(unit))
                    {
                        // YAML, like JSON, spells a character beyond the BMP as two escapes; a lone half is an error there.
                        if (index + 6 > text.Length || text[index] != '\\' || text[index + 1] != 'u' || !TryHex(index + 2, out var low) || !char.IsLowSurrogate(low))
                        {
                            return null;
                        }

                        builder.Append(unit).Append(low);
                        index += 6;
                    }
                    else if (char.IsLowSurrogate(unit))
                    {
                        return null;
                    }
                    else
                    {
                        builder.Append(unit);
                    }

                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a raw character inside a string reads the same in JSON and in YAML. Control characters are
    /// not JSON; NEL and the line and paragraph separators are line breaks to YAML (folded into a space);
    /// C1 controls, BOM and non-characters YAML does not print; a surrogate must be half of a pair, which
    /// then counts as two columns, as YamlDotNet counts it. <paramref name="index"/> moves past a pair's first half.
    /// </summary>
    private static bool IsPlainText(char c, string text, ref int index)
    {
        if (c < ' ')
        {
            return false;
        }

        if (c < 0x7F)
        {
            return true;
        }

        if (c <= 0x9F || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsLowSurrogate(c))
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            if (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return false;
            }

            index++;
        }

        return true;
    }

    private bool TryHex(int index, out char value)
    {
        value = '\0';
        if (index + 4 > _text.Length)
        {
            return false;
        }

        var result = 0;
        for (var i = index; i < index + 4; i++)
        {
            var c = _text[i];
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            result = (result * 16) + digit;
        }

        value = (char)result;
        return true;
    }

    private DocValue? ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0 || !EndsToken(_position + literal.Length))
        {
            return null;
        }

        var scalar = DocValue.Scalar(literal, isPlain: true, _line, Column);
        _position += literal.Length;
        return scalar;
    }

    /// <summary>-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written: YAML reads it as that plain text.</summary>
    private DocValue? ReadNumber()
    {
        var text = _text;
        var start = _position;
        var index = start;
        if (index < text.Length && text[index] == '-')
        {
            index++;
        }

        if (index < text.Length && text[index] == '0')
        {
            index++;
        }
        else if (!Digits(ref index))
        {
            return null;
        }

        if (index < text.Length && text[index] == '.')
        {
            index++;
            if (!Digits(ref index))
            {
                return null;
            }
        }

        if (index < text.Length && text[index] is 'e' or 'E')
        {
            index++;
            if (index < text.Length && text[index] is '+' or '-')
            {
                index++;
            }

            if (!Digits(ref index))
            {
                return null;
            }
        }

        if (!EndsToken(index))
        {
            return null;
        }

        var scalar = DocValue.Scalar(_interner.Get(text, start, index - start), isPlain: true, _line, Column);
        _position = index;
        return scalar;
    }

    private bool Digits(ref int index)
    {
        var start = index;
        while (index < _text.Length && _text[index] >= '0' && _text[index] <= '9')
        {
            index++;
        }

        return index > start;
    }

    private bool EndsToken(int index) => index >= _text.Length || _text[index] is ' ' or '\t' or '\n' or '\r' or ',' or '}' or ']';
}
