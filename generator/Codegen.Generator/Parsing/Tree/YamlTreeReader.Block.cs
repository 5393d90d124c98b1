using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>Block structure: mappings and sequences by indentation, and what a key or a dash is followed by.</summary>
internal sealed partial class YamlTreeReader
{
    /// <summary>
    /// The node that starts at the position, the first content of a line indented <paramref name="indent"/>,
    /// inside a block node indented <paramref name="parentIndent"/>. Returns at the start of the line after it.
    /// </summary>
    private DocValue ReadNodeAtLineStart(int parentIndent, int indent)
    {
        RefuseDocumentMarkers();
        if (Current == '-' && IsBlankAt(_position + 1))
        {
            return ReadSequence(indent);
        }

        if (IsKeyAhead())
        {
            return ReadMapping(indent);
        }

        return ReadInlineNode(parentIndent);
    }

    private DocMapping ReadMapping(int indent)
    {
        var line = _line;
        var column = Column;
        Enter();
        var entries = _entries.Rent(_depth);
        HashSet<string>? seen = null;
        while (true)
        {
            var key = ReadKey();
            if (DuplicateKeys.Contains(entries, key.Value!, ref seen))
            {
                throw NotHere();
            }

            var value = ReadValue(indent, afterKey: true);
            _refersToFiles |= FileReferences.MayNameFile(key.Value!, value);
            entries.Add(new DocEntry(key, value));

            var next = NextContentLine();
            if (next < indent)
            {
                break;
            }

            if (next > indent)
            {
                throw NotHere();
            }

            _position += next;
            RefuseDocumentMarkers();
        }

        var result = new DocMapping(_blocks.Keep(entries), line, column);
        Leave();
        return result;
    }

    private DocSequence ReadSequence(int indent)
    {
        var line = _line;
        var column = Column;
        Enter();
        var items = _items.Rent(_depth);
        while (true)
        {
            _position++;
            items.Add(ReadValue(indent, afterKey: false).ToNode());

            var next = NextContentLine();
            if (next != indent || At(_position + next) != '-' || !IsBlankAt(_position + next + 1))
            {
                // Less indented: the sequence is done. Same indentation without a dash: the next key of the
                // mapping an indentless sequence is the value in (anything else fails where the parent looks).
                if (next > indent)
                {
                    throw NotHere();
                }

                break;
            }

            _position += next;
        }

        var result = new DocSequence(items.ToArray(), line, column);
        Leave();
        return result;
    }

    /// <summary>
    /// What follows "key:" or "-" (the position is just after the indicator), in a block node indented
    /// <paramref name="indent"/>. Returns at the start of the line after the value.
    /// </summary>
    private DocValue ReadValue(int indent, bool afterKey)
    {
        // An absent value is an empty plain scalar, located just after the indicator, as YamlDotNet locates it.
        var emptyLine = _line;
        var emptyColumn = Column;
        SkipSpaces();
        if (AtEnd || IsBreak(Current) || Current == '#')
        {
            if (Current == '#' && _text[_position - 1] != ' ')
            {
                throw NotHere();
            }

            FinishLine();
            var next = NextContentLine();
            if (next > indent)
            {
                _position += next;
                return ReadNodeAtLineStart(indent, next);
            }

            if (afterKey && next == indent && At(_position + next) == '-' && IsBlankAt(_position + next + 1))
            {
                _position += next;
                RefuseDocumentMarkers();
                return ReadSequence(next);
            }

            return DocValue.Scalar(string.Empty, isPlain: true, emptyLine, emptyColumn);
        }

        if (Current == '\t')
        {
            throw NotHere();
        }

        if (!afterKey)
        {
            // "- - a" and "- key: value": a compact collection, indented where its first entry starts.
            if (Current == '-' && IsBlankAt(_position + 1))
            {
                return ReadSequence(Indent);
            }

            if (IsKeyAhead())
            {
                return ReadMapping(Indent);
            }
        }

        return ReadInlineNode(indent);
    }

    /// <summary>A scalar or flow collection that starts on the current line, in a block node indented <paramref name="parentIndent"/>.</summary>
    private DocValue ReadInlineNode(int parentIndent)
    {
        DocValue node;
        switch (Current)
        {
            case '|':
            case '>':
                return ReadBlockScalar(parentIndent);
            case '"':
            case '\'':
                node = ReadQuoted(parentIndent);
                break;
            case '[':
            case '{':
                node = ReadFlowCollection(parentIndent);
                break;
            default:
                return ReadPlain(parentIndent);
        }

        FinishLine();
        return node;
    }
}
