using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Codegen.Generator.Common;

/// <summary>Builds source text line by line with a tracked indentation level and "\n" newlines.</summary>
/// <remarks>
/// Modelled on dotnet/runtime's SourceWriter: indentation must return to zero before the text is taken.
/// Emitting is mostly this class: an interpolated line (<c>writer.WriteLine($"public {name} {member};")</c>)
/// is appended piece by piece through <see cref="LineHandler"/> rather than made into a string first, and the
/// builder is reused by the next file on the same thread, so a file costs little more than its final text.
/// </remarks>
/// <summary>A piece of source that appends itself to a line being written.</summary>
internal interface ISourceText
{
    void AppendTo(StringBuilder builder);
}

internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    /// <summary>Builders larger than this are not kept: a thread in a long-lived compiler should not hold megabytes.</summary>
    private const int MaxCachedCapacity = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    private StringBuilder? _builder;
    private string? _text;
    private int _indentation;

    public SourceWriter()
    {
        _builder = t_cachedBuilder ?? new StringBuilder(4096);
        t_cachedBuilder = null;
        _builder.Clear();
    }

    private StringBuilder Builder => _builder ?? throw new InvalidOperationException("The text was already taken.");

    public void Indent() => _indentation++;

    public void Unindent()
    {
        if (_indentation == 0)
        {
            throw new InvalidOperationException("Cannot unindent below zero.");
        }

        _indentation--;
    }

    public void OpenBlock()
    {
        WriteLine("{");
        Indent();
    }

    public void CloseBlock(string suffix = "")
    {
        Unindent();
        AppendIndentation();
        Builder.Append('}').Append(suffix).Append('\n');
    }

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            AppendIndentation();
            Builder.Append(line);
        }

        Builder.Append('\n');
    }

    /// <summary>An interpolated line, appended without making it a string first.</summary>
    public void WriteLine([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        // An empty line gets no indentation, as with a string.
        if (Builder.Length == line.ContentStart)
        {
            Builder.Length = line.LineStart;
        }

        Builder.Append('\n');
    }

    public void WriteLine() => Builder.Append('\n');

    private void AppendIndentation()
    {
        for (var i = 0; i < _indentation; i++)
        {
            Builder.Append(IndentUnit);
        }
    }

    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        if (_indentation != 0)
        {
            throw new InvalidOperationException("Indentation did not return to zero: a block was left open.");
        }

        var builder = Builder;
        _text = builder.ToString();
        _builder = null;
        if (builder.Capacity <= MaxCachedCapacity)
        {
            t_cachedBuilder = builder;
        }

        return _text;
    }

    /// <summary>Appends an interpolated line's parts straight into the writer, after its indentation; formats as string interpolation does.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly StringBuilder _builder;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _builder = writer.Builder;
            LineStart = _builder.Length;
            writer.AppendIndentation();
            ContentStart = _builder.Length;
        }

        public int LineStart { get; }

        public int ContentStart { get; }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        /// <summary>Text that writes itself into the line (an attribute, a parameter) instead of becoming a string first.</summary>
        public void AppendFormatted<T>(T value)
            where T : ISourceText
            => value.AppendTo(_builder);

        public void AppendFormatted(object? value)
        {
            // As DefaultInterpolatedStringHandler: IFormattable with no format and the current culture, else ToString().
            // (Holes of other types are few: numbers, a suffix; boxing them is cheaper than a generic method per type.)
            _builder.Append(value is IFormattable formattable ? formattable.ToString(null, null) : value?.ToString());
        }
    }
}
