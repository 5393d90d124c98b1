namespace Codegen.Generator.Parsing.Tree;

/// <summary>Flow collections ([a, b], {a: 1}) and the plain scalars inside them.</summary>
internal sealed partial class YamlTreeReader
{
    /// <summary>The flow collection whose bracket is at the position, in a block node indented <paramref name="parentIndent"/>.</summary>
    private DocNode ReadFlowCollection(int parentIndent)
    {
        var line = _line;
        var column = Column;
        var isSequence = Current == '[';
        var close = isSequence ? ']' : '}';
        Enter();
        _position++;
        var items = isSequence ? _items.Rent(_depth) : null;
        var entries = isSequence ? null : _entries.Rent(_depth);
        System.Collections.Generic.HashSet<string>? seen = null;
        SkipFlowSpace(parentIndent);
        if (Current == close)
        {
            _position++;
        }
        else
        {
            while (true)
            {
                if (items is not null)
                {
                    items.Add(ReadFlowNode(parentIndent).ToNode());
                }
                else
                {
                    var key = ReadFlowKey(parentIndent);
                    if (DuplicateKeys.Contains(entries!, key.Value!, ref seen))
                    {
                        throw NotHere();
                    }

                    SkipFlowSpace(parentIndent);
                    if (Current is ',' or '}')
                    {
                        throw NotHere();
                    }

                    var value = ReadFlowNode(parentIndent);
                    _refersToFiles |= FileReferences.MayNameFile(key.Value!, value);
                    entries!.Add(new DocEntry(key, value));
                }

                SkipFlowSpace(parentIndent);
                var next = Current;
                _position++;
                if (next == close)
                {
                    break;
                }

                SkipFlowSpace(parentIndent);
                if (next != ',' || Current == close)
                {
                    // Anything but a separator (a single-pair mapping, a key in a sequence), or a trailing comma.
                    throw NotHere();
                }
            }
        }

        DocNode result = items is not null
            ? new DocSequence(items.ToArray(), line, column)
            : new DocMapping(_blocks.Keep(entries!), line, column);

        Leave();
        return result;
    }

    private DocValue ReadFlowNode(int parentIndent) => Current switch
    {
        '[' or '{' => ReadFlowCollection(parentIndent),
        '"' or '\'' => ReadQuoted(parentIndent),
        _ => ReadFlowPlain(),
    };

    private DocValue ReadFlowPlain()
    {
        var line = _line;
        var column = Column;
        return DocValue.Scalar(ReadFlowPlainText(), isPlain: true, line, column);
    }

    /// <summary>A key and its ':'. After a plain key the ':' must be followed by a blank, after a quoted one not (JSON style).</summary>
    private DocKey ReadFlowKey(int parentIndent)
    {
        var line = _line;
        var column = Column;
        var quoted = Current is '"' or '\'';
        var text = quoted ? ReadQuotedText(parentIndent) : ReadFlowPlainText();
        SkipSpaces();
        if (_line != line || Current != ':' || text.Length > MaxKeyLength)
        {
            throw NotHere();
        }

        _position++;
        if (!quoted && !IsBlankAt(_position))
        {
            throw NotHere();
        }

        return new DocKey(text, isPlain: !quoted, line, column);
    }

    /// <summary>The text of a plain scalar inside a flow collection, on one line: it ends at a flow indicator, ": " or a comment.</summary>
    private string ReadFlowPlainText()
    {
        var start = _position;
        var c = Current;
        if (CannotStartPlain(c) || (c is '-' or '?' or ':' && (IsBlankAt(start + 1) || IsFlowIndicator(At(start + 1)))))
        {
            throw NotHere();
        }

        var index = start;
        for (; !IsLineEndAt(index); index++)
        {
            var here = _text[index];

            // Letters and digits, most of any text, are none of the characters looked for below.
            if ((uint)((here | 0x20) - 'a') <= 'z' - 'a' || (uint)(here - '0') <= 9)
            {
                continue;
            }

            if (IsFlowIndicator(here) || (here == '#' && _text[index - 1] == ' '))
            {
                break;
            }

            if (here == ':')
            {
                // "a:b" in flow context reads differently in YAML 1.1 and 1.2.
                if (IsBlankAt(index + 1) || IsFlowIndicator(At(index + 1)))
                {
                    break;
                }

                throw NotHere();
            }

            if (here == '\t')
            {
                throw NotHere();
            }
        }

        if (IsLineEndAt(index) && !EndsBeforeFlowIndicator(index))
        {
            // Continued on the next line, a plain scalar folds: not ours.
            throw NotHere();
        }

        var end = index;
        while (end > start && _text[end - 1] == ' ')
        {
            end--;
        }

        _position = end;
        return _interner.Get(_text, start, end - start);
    }

    /// <summary>Whether the next content after a line end is a flow indicator or ':' (so a plain scalar that reached the line end ended there).</summary>
    private bool EndsBeforeFlowIndicator(int index)
    {
        while (index < _text.Length && _text[index] is ' ' or '\n' or '\r')
        {
            index++;
        }

        return index < _text.Length && _text[index] is ',' or ']' or '}' or ':';
    }

    /// <summary>Spaces, line breaks and comments between flow tokens; lines inside must be indented deeper than the block around.</summary>
    private void SkipFlowSpace(int parentIndent)
    {
        while (!AtEnd)
        {
            var c = Current;
            if (c == ' ')
            {
                _position++;
            }
            else if (IsBreak(c))
            {
                BreakLine();
                SkipSpaces();
                if (!AtEnd && !IsBreak(Current) && Current != '#' && (Indent <= parentIndent || Current == '\t'))
                {
                    throw NotHere();
                }

                if (!AtEnd && !IsBreak(Current))
                {
                    RefuseDocumentMarkers();
                }
            }
            else if (c == '#' && (_position == _lineStart || _text[_position - 1] == ' '))
            {
                while (!AtEnd && !IsBreak(Current))
                {
                    _position++;
                }
            }
            else if (c == '\t')
            {
                throw NotHere();
            }
            else
            {
                return;
            }
        }
    }
}
