namespace Codegen.Generator.Parsing.Tree;

/// <summary>Literal (|) and folded (&gt;) block scalars with their chomping indicators.</summary>
internal sealed partial class YamlTreeReader
{
    /// <summary>
    /// The block scalar whose indicator is at the position, in a block node indented <paramref name="parentIndent"/>;
    /// its content is indented as its first non-blank line (YAML 1.2, 8.1.1.1). Returns at the start of the line after it.
    /// </summary>
    private DocValue ReadBlockScalar(int parentIndent)
    {
        var line = _line;
        var column = Column;
        var literal = Current == '|';
        _position++;
        var chomping = 0;
        if (Current is '+' or '-')
        {
            chomping = Current == '+' ? 1 : -1;
            _position++;
        }

        // An explicit indentation indicator: rare, and YamlDotNet's reading of it has its own rules.
        if (Current is >= '0' and <= '9' || parentIndent < 0)
        {
            throw NotHere();
        }

        FinishLine();
        if (AtEnd)
        {
            throw NotHere();
        }

        _builder.Clear();
        var contentIndent = -1;
        var leadingBlankLines = 0;
        var blankLines = 0;
        var maxLeadingSpaces = 0;
        while (!AtEnd)
        {
            var index = _position;
            while (index < _text.Length && _text[index] == ' ')
            {
                index++;
            }

            var spaces = index - _position;
            if (At(index) == '\t' && (contentIndent < 0 || spaces < contentIndent))
            {
                throw NotHere();
            }

            if (IsLineEndAt(index) && (contentIndent < 0 || spaces <= contentIndent))
            {
                // An empty line: a line break of the value, or of its chomped end.
                if (contentIndent < 0)
                {
                    leadingBlankLines++;
                    maxLeadingSpaces = spaces > maxLeadingSpaces ? spaces : maxLeadingSpaces;
                }
                else
                {
                    blankLines++;
                }

                _position = index;
                if (AtEnd)
                {
                    throw NotHere();
                }

                BreakLine();
                continue;
            }

            if (contentIndent < 0)
            {
                if (spaces <= parentIndent)
                {
                    break;
                }

                // Blank lines above the first content line may not be indented deeper than it (YAML 1.2, 8.1.1.1),
                // and YamlDotNet reads folded scalars' leading blank lines its own way.
                if (maxLeadingSpaces > spaces || (!literal && leadingBlankLines > 0))
                {
                    throw NotHere();
                }

                contentIndent = spaces;
                _builder.Append('\n', leadingBlankLines);
            }
            else if (spaces < contentIndent)
            {
                break;
            }
            else if (literal)
            {
                _builder.Append('\n', blankLines + 1);
            }
            else if (blankLines > 0)
            {
                _builder.Append('\n', blankLines);
            }
            else
            {
                _builder.Append(' ');
            }

            blankLines = 0;
            var start = _lineStart + contentIndent;
            if (!literal && At(start) is ' ' or '\t')
            {
                // A more-indented line of a folded scalar keeps its line breaks; YamlDotNet has its reading of the edges.
                throw NotHere();
            }

            var end = start;
            while (!IsLineEndAt(end))
            {
                end++;
            }

            _builder.Append(_text, start, end - start);
            _position = end;
            if (AtEnd)
            {
                throw NotHere();
            }

            BreakLine();
        }

        if (contentIndent < 0)
        {
            // Only blank lines: every one is an empty line, kept as a line break by "+", dropped otherwise.
            _builder.Clear();
            if (chomping > 0)
            {
                _builder.Append('\n', leadingBlankLines);
            }
        }
        else if (chomping >= 0)
        {
            _builder.Append('\n', chomping > 0 ? blankLines + 1 : 1);
        }

        return DocValue.Scalar(_builder.ToString(), isPlain: false, line, column);
    }
}
