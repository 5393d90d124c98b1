using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// Reads the YAML that descriptions are written in straight into our tree, in one pass over the text:
/// block mappings and sequences (compact and indentless ones too), plain scalars over several lines,
/// single- and double-quoted scalars with escapes and folding, literal and folded block scalars with
/// chomping, and flow collections. YamlDotNet's scanner allocates a token, an event and marks for every
/// scalar, which on large descriptions costs more than everything after it.
/// </summary>
/// <remarks>
/// The contract is that of <see cref="JsonTreeReader"/>: the tree, to every value, style, line and column,
/// is what YamlDotNet reads from the same text, or there is no tree. Whatever is outside what it reads
/// with certainty (anchors, aliases, tags, directives, several documents, complex keys, tabs where they
/// would be indentation, explicit indentation indicators, more-indented folded lines, plain scalars whose
/// reading depends on subtleties of YAML 1.1 and 1.2, any error) ends the attempt, and YamlDotNet reads the
/// text with its messages. The one place it reads what YamlDotNet refuses is the valid literal block of only
/// blank lines (see <see cref="LiteralBlockRepair"/>), which it reads as the YAML specification says.
/// The readers that follow see no difference between the two paths; tests compare them on every description we have.
/// </remarks>
internal sealed partial class YamlTreeReader
{
    /// <summary>YAML limits implicit keys to 1024 characters; longer ones go to YamlDotNet for its message.</summary>
    private const int MaxKeyLength = 1024;

    private readonly string _text;
    private readonly TextInterner _interner = new();
    private readonly LevelBuffers<DocNode> _items = new();
    private readonly LevelBuffers<DocEntry> _entries = new();
    private readonly EntryBlocks _blocks;
    private readonly StringBuilder _builder = new();

    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _depth;
    private bool _refersToFiles;

    private YamlTreeReader(string text)
    {
        _text = text;
        _blocks = new EntryBlocks(text.Length);
    }

    public static DocNode? TryRead(string text) => TryRead(text, out _);

    /// <param name="refersToFiles">Whether a "$ref" of the text may name another file (<see cref="FileReferences"/>).</param>
    public static DocNode? TryRead(string text, out bool refersToFiles)
    {
        refersToFiles = false;
        if (!HasOnlyPlainCharacters(text))
        {
            return null;
        }

        try
        {
            var reader = new YamlTreeReader(text);
            var root = reader.ReadDocument();
            refersToFiles = reader._refersToFiles;
            return root;
        }
        catch (NotReadHereException)
        {
            return null;
        }
    }

    /// <summary>Thrown from anywhere in the reader to hand the whole text to YamlDotNet; caught in <see cref="TryRead"/> only.</summary>
    private sealed class NotReadHereException : Exception
    {
    }

    private static NotReadHereException NotHere() => new();

    /// <summary>
    /// Control characters other than tab and line breaks, NEL and the Unicode line and paragraph separators
    /// (breaks to YAML 1.1), BOMs, non-characters and lone surrogates are each handled by YamlDotNet in its
    /// own way; a text with any of them goes to it.
    /// </summary>
    private static bool HasOnlyPlainCharacters(string text)
    {
        // Most descriptions are ASCII without control characters: told in two vectorised passes (a UTF-8 length equal
        // to the text's means no character above 0x7F), where the loop below takes a dozen instructions a character.
        if (Encoding.UTF8.GetByteCount(text) == text.Length && text.IndexOfAny(AsciiOutsidePlain) < 0)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (c is not ('\t' or '\n' or '\r'))
                {
                    return false;
                }
            }
            else if (c >= 0x7F && (c <= 0x9F || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    /// <summary>The ASCII characters <see cref="HasOnlyPlainCharacters"/> refuses: controls but tab and line breaks, and DEL.</summary>
    private static readonly char[] AsciiOutsidePlain = Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Append(0x7F).Select(c => (char)c).ToArray();

    private int Column => _position - _lineStart + 1;

    private int Indent => _position - _lineStart;

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private static bool IsBreak(char c) => c is '\n' or '\r';

    /// <summary>A line break, the end of the text, or a space: what must follow "-", "?" and ":" for them to be indicators.</summary>
    private bool IsBlankAt(int index) => index >= _text.Length || _text[index] is ' ' or '\n' or '\r' or '\t';

    private bool IsLineEndAt(int index) => index >= _text.Length || IsBreak(_text[index]);

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }

    /// <summary>Moves past one line break (CR LF, CR or LF), onto the next line.</summary>
    private void BreakLine()
    {
        if (_text[_position] == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n')
        {
            _position++;
        }

        _position++;
        _line++;
        _lineStart = _position;
    }

    /// <summary>After a node on its line: spaces, a comment, then the line break (or the end). Anything else is not ours to read.</summary>
    private void FinishLine()
    {
        SkipSpaces();
        if (Current == '#' && (_position == _lineStart || _text[_position - 1] == ' '))
        {
            while (!AtEnd && !IsBreak(Current))
            {
                _position++;
            }
        }

        if (AtEnd)
        {
            return;
        }

        if (!IsBreak(Current))
        {
            throw NotHere();
        }

        BreakLine();
    }

    /// <summary>
    /// From the start of a line: skips blank and comment lines and returns the indentation of the next line
    /// with content, leaving the position at that line's start (so calling it again changes nothing); -1 at the end.
    /// </summary>
    private int NextContentLine()
    {
        while (!AtEnd)
        {
            var index = _position;
            while (index < _text.Length && _text[index] == ' ')
            {
                index++;
            }

            var c = At(index);
            if (index < _text.Length && !IsBreak(c) && c != '#')
            {
                if (c == '\t')
                {
                    throw NotHere();
                }

                return index - _position;
            }

            // A blank or comment-only line.
            _position = index;
            while (!AtEnd && !IsBreak(Current))
            {
                _position++;
            }

            if (AtEnd)
            {
                break;
            }

            BreakLine();
        }

        return -1;
    }

    private void Enter()
    {
        if (++_depth > GuardedParser.MaxDepth)
        {
            throw NotHere();
        }
    }

    private void Leave() => _depth--;

    private DocNode ReadDocument()
    {
        var indent = NextContentLine();
        if (indent < 0 || Current == '%')
        {
            throw NotHere();
        }

        if (indent == 0 && IsDocumentMarker(_position, '-'))
        {
            _position += 3;
            FinishLine();
            indent = NextContentLine();
            if (indent < 0)
            {
                throw NotHere();
            }
        }

        _position += indent;
        var root = ReadNodeAtLineStart(-1, indent).ToNode();
        if (NextContentLine() >= 0)
        {
            throw NotHere();
        }

        return root;
    }

    /// <summary>"---" or "..." at the start of a line: a document boundary, which ends any node.</summary>
    private bool IsDocumentMarker(int index, char marker)
        => index == _lineStart && At(index) == marker && At(index + 1) == marker && At(index + 2) == marker && IsBlankAt(index + 3);

    /// <summary>A line's content starts a document boundary ("---", "..."): nothing of ours continues past it.</summary>
    private void RefuseDocumentMarkers()
    {
        if (IsDocumentMarker(_lineStart, '-') || IsDocumentMarker(_lineStart, '.'))
        {
            throw NotHere();
        }
    }

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    /// <summary>Characters that cannot start a plain scalar, or start something read elsewhere.</summary>
    private static bool CannotStartPlain(char c) => c is '?' or ':' or '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '\t';
}
