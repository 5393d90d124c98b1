namespace Codegen.Generator.Parsing.Tree;

/// <summary>Keys, plain scalars in block context, and quoted scalars (both styles, escapes, folding).</summary>
internal sealed partial class YamlTreeReader
{
    /// <summary>Whether the current line, from the position, is "key: ..." (a plain or quoted key on this line, then ':' and a blank).</summary>
    private bool IsKeyAhead()
    {
        var index = _position;
        var c = At(index);
        if (c is '"' or '\'')
        {
            index++;
            while (!IsLineEndAt(index))
            {
                if (_text[index] == c)
                {
                    if (c == '\'' && At(index + 1) == '\'')
                    {
                        index += 2;
                        continue;
                    }

                    index++;
                    while (At(index) == ' ')
                    {
                        index++;
                    }

                    return At(index) == ':' && IsBlankAt(index + 1);
                }

                index += c == '"' && _text[index] == '\\' ? 2 : 1;
            }

            return false;
        }

        if (c == '?' && IsBlankAt(index + 1))
        {
            throw NotHere();
        }

        if (c is '[' or '{')
        {
            return false;
        }

        for (; !IsLineEndAt(index); index++)
        {
            var here = _text[index];
            if (here == ':' && IsBlankAt(index + 1))
            {
                return true;
            }

            if (here == '#' && index > _position && _text[index - 1] == ' ')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads "key:" (the key plain or quoted, on one line) and returns the key; the position is left after the ':'.</summary>
    private DocKey ReadKey()
    {
        DocKey key;
        if (Current is '"' or '\'')
        {
            var line = _line;
            var column = Column;
            key = new DocKey(ReadQuotedText(int.MaxValue), isPlain: false, line, column);
            if (_line != line)
            {
                throw NotHere();
            }

            SkipSpaces();
        }
        else
        {
            var line = _line;
            var column = Column;
            var start = _position;
            if (CannotStartPlain(Current) || (Current is '-' or '?' or ':' && IsBlankAt(_position + 1)))
            {
                throw NotHere();
            }

            var index = start;
            while (!(At(index) == ':' && IsBlankAt(index + 1)))
            {
                var c = At(index);
                if (IsLineEndAt(index) || c == '\t' || (c == '#' && _text[index - 1] == ' '))
                {
                    throw NotHere();
                }

                index++;
            }

            var end = index;
            while (_text[end - 1] == ' ')
            {
                end--;
            }

            if (end - start > MaxKeyLength)
            {
                throw NotHere();
            }

            _position = index;
            key = new DocKey(_interner.Get(_text, start, end - start), isPlain: true, line, column);
        }

        if (Current != ':' || !IsBlankAt(_position + 1) || key.Value!.Length > MaxKeyLength)
        {
            throw NotHere();
        }

        _position++;
        return key;
    }

    /// <summary>
    /// A plain scalar in block context, over as many lines as are indented deeper than <paramref name="parentIndent"/>:
    /// line breaks fold into spaces, blank lines into line feeds. Returns at the start of the line after it.
    /// </summary>
    private DocValue ReadPlain(int parentIndent)
    {
        var line = _line;
        var column = Column;
        var c = Current;
        if (CannotStartPlain(c) || (c is '-' or '?' or ':' && IsBlankAt(_position + 1)))
        {
            throw NotHere();
        }

        var start = _position;
        var end = ScanPlainLine(start, out var comment);
        if (comment || !ContinuesPlain(end, parentIndent, out _, out _))
        {
            var value = _interner.Get(_text, start, end - start);
            _position = end;
            FinishLine();
            return DocValue.Scalar(value, isPlain: true, line, column);
        }

        _builder.Clear();
        _builder.Append(_text, start, end - start);
        _position = end;
        while (!comment && ContinuesPlain(_position, parentIndent, out var blankLines, out var next))
        {
            // Move onto the continuation line, counting the lines crossed.
            while (_position < next)
            {
                if (IsBreak(_text[_position]))
                {
                    BreakLine();
                }
                else
                {
                    _position++;
                }
            }

            if (CannotContinuePlain(Current))
            {
                throw NotHere();
            }

            if (blankLines == 0)
            {
                _builder.Append(' ');
            }
            else
            {
                _builder.Append('\n', blankLines);
            }

            var lineStart = _position;
            end = ScanPlainLine(lineStart, out comment);
            _builder.Append(_text, lineStart, end - lineStart);
            _position = end;
        }

        FinishLine();
        return DocValue.Scalar(_builder.ToString(), isPlain: true, line, column);
    }

    /// <summary>A continuation line that starts with an indicator reads differently in YAML 1.1 and 1.2: not ours.</summary>
    private static bool CannotContinuePlain(char c) => CannotStartPlain(c) || c is '-' or '?' or ':';

    /// <summary>
    /// The end of the plain text on the line from <paramref name="start"/>, trailing spaces excluded; stops at
    /// a comment. A ": " inside is a key where a value was, an error YamlDotNet words.
    /// </summary>
    private int ScanPlainLine(int start, out bool comment)
    {
        comment = false;
        var index = start;
        for (; !IsLineEndAt(index); index++)
        {
            var c = _text[index];
            if (c == ':' && IsBlankAt(index + 1))
            {
                throw NotHere();
            }

            if (c == '\t')
            {
                throw NotHere();
            }

            if (c == '#' && index > start && _text[index - 1] == ' ')
            {
                comment = true;
                break;
            }
        }

        while (index > start && _text[index - 1] == ' ')
        {
            index--;
        }

        return index;
    }

    /// <summary>
    /// Whether the plain scalar ending at <paramref name="end"/> goes on to a later line: the next line with
    /// content is indented deeper than the block it is in, and is neither a comment nor a document marker.
    /// </summary>
    private bool ContinuesPlain(int end, int parentIndent, out int blankLines, out int next)
    {
        blankLines = -1;
        next = end;
        var index = end;
        while (index < _text.Length && _text[index] == ' ')
        {
            index++;
        }

        if (!IsLineEndAt(index))
        {
            // A comment follows on the same line: the scalar ends there.
            return false;
        }

        while (index < _text.Length)
        {
            // Past the line break, then the next line's indentation.
            index += _text[index] == '\r' && At(index + 1) == '\n' ? 2 : 1;
            blankLines++;
            var lineStart = index;
            while (index < _text.Length && _text[index] == ' ')
            {
                index++;
            }

            if (IsLineEndAt(index))
            {
                continue;
            }

            var c = _text[index];
            if (c == '\t')
            {
                throw NotHere();
            }

            var indent = index - lineStart;
            if (c == '#' || indent <= parentIndent
                || (indent == 0 && (At(index) is '-' or '.') && At(index + 1) == At(index) && At(index + 2) == At(index) && IsBlankAt(index + 3)))
            {
                return false;
            }

            next = index;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A single- or double-quoted scalar. Over several lines, a line break folds into a space and blank lines
    /// into line feeds, with the white space around them dropped; continuation lines must be indented deeper
    /// than <paramref name="parentIndent"/> (YAML requires it; YamlDotNet's leniency there is its own).
    /// </summary>
    private DocValue ReadQuoted(int parentIndent)
    {
        var line = _line;
        var column = Column;
        return DocValue.Scalar(ReadQuotedText(parentIndent), isPlain: false, line, column);
    }

    /// <summary>The text of the quoted scalar at the position (see <see cref="ReadQuoted"/>).</summary>
    private string ReadQuotedText(int parentIndent)
    {
        var quote = Current;
        var start = _position + 1;

        // The common case: the closing quote on the same line, nothing to unescape.
        for (var index = start; !IsLineEndAt(index); index++)
        {
            var c = _text[index];
            if (c == quote)
            {
                if (quote == '\'' && At(index + 1) == '\'')
                {
                    break;
                }

                _position = index + 1;
                return _interner.Get(_text, start, index - start);
            }

            if (c == '\\' && quote == '"')
            {
                break;
            }
        }

        _builder.Clear();
        _position = start;
        var trailingWhite = 0;
        while (true)
        {
            if (AtEnd)
            {
                throw NotHere();
            }

            var c = Current;
            if (c == quote)
            {
                if (quote == '\'' && At(_position + 1) == '\'')
                {
                    _builder.Append('\'');
                    _position += 2;
                    trailingWhite = 0;
                    continue;
                }

                _position++;
                return _builder.ToString();
            }

            if (c == '\\' && quote == '"')
            {
                if (IsLineEndAt(_position + 1))
                {
                    // An escaped line break joins the lines without a space; white space before the backslash is kept.
                    _position++;
                    FoldQuotedBreak(parentIndent, escaped: true);
                    trailingWhite = 0;
                    continue;
                }

                AppendEscape();
                trailingWhite = 0;
                continue;
            }

            if (IsBreak(c))
            {
                _builder.Length -= trailingWhite;
                trailingWhite = 0;
                FoldQuotedBreak(parentIndent, escaped: false);
                continue;
            }

            _builder.Append(c);
            trailingWhite = c is ' ' or '\t' ? trailingWhite + 1 : 0;
            _position++;
        }
    }

    /// <summary>At a line break inside quotes: crosses it and any blank lines, and writes what they fold into.</summary>
    private void FoldQuotedBreak(int parentIndent, bool escaped)
    {
        BreakLine();
        var blankLines = 0;
        while (true)
        {
            // Indentation is spaces; a tab there is YamlDotNet's to judge.
            while (!AtEnd && Current == ' ')
            {
                _position++;
            }

            if (Current == '\t')
            {
                throw NotHere();
            }

            if (AtEnd)
            {
                throw NotHere();
            }

            if (!IsBreak(Current))
            {
                break;
            }

            blankLines++;
            BreakLine();
        }

        if (Indent <= parentIndent)
        {
            throw NotHere();
        }

        RefuseDocumentMarkers();
        if (blankLines > 0)
        {
            _builder.Append('\n', blankLines);
        }
        else if (!escaped)
        {
            _builder.Append(' ');
        }
    }

    /// <summary>One escape of a double-quoted scalar, the position at its backslash; YAML's escapes, which include JSON's.</summary>
    private void AppendEscape()
    {
        var c = At(_position + 1);
        _position += 2;
        switch (c)
        {
            case '0': _builder.Append('\0'); return;
            case 'a': _builder.Append('\a'); return;
            case 'b': _builder.Append('\b'); return;
            case 't':
            case '\t': _builder.Append('\t'); return;
            case 'n': _builder.Append('\n'); return;
            case 'v': _builder.Append('\v'); return;
            case 'f': _builder.Append('\f'); return;
            case 'r': _builder.Append('\r'); return;
            case 'e': _builder.Append('\u001B'); return;
            case ' ': _builder.Append(' '); return;
            case '"': _builder.Append('"'); return;
            case '/': _builder.Append('/'); return;
            case '\\': _builder.Append('\\'); return;
            case 'N': _builder.Append('\u0085'); return;
            case '_': _builder.Append('\u00A0'); return;
            case 'L': _builder.Append('\u2028'); return;
            case 'P': _builder.Append('\u2029'); return;
            case 'x':
                _builder.Append((char)Hex(2));
                return;
            case 'u':
                var unit = Hex(4);
                if (char.IsHighSurrogate((char)unit))
                {
                    // A character beyond the BMP as two escapes; a lone half is an error YamlDotNet words.
                    if (Current != '\\' || At(_position + 1) != 'u')
                    {
                        throw NotHere();
                    }

                    _position += 2;
                    var low = Hex(4);
                    if (!char.IsLowSurrogate((char)low))
                    {
                        throw NotHere();
                    }

                    _builder.Append((char)unit).Append((char)low);
                    return;
                }

                if (char.IsLowSurrogate((char)unit))
                {
                    throw NotHere();
                }

                _builder.Append((char)unit);
                return;
            case 'U':
                var codePoint = Hex(8);
                if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    throw NotHere();
                }

                _builder.Append(char.ConvertFromUtf32(codePoint));
                return;
            default:
                throw NotHere();
        }
    }

    private int Hex(int digits)
    {
        var value = 0L;
        for (var i = 0; i < digits; i++)
        {
            var c = Current;
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                throw NotHere();
            }

            value = (value * 16) + digit;
            _position++;
        }

        return value > int.MaxValue ? throw NotHere() : (int)value;
    }
}
