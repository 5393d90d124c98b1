using System;
using System.Text;

namespace Codegen.Generator.Common;

/// <summary>Builds source text line by line with a tracked indentation level and "\n" newlines.</summary>
/// <remarks>Modelled on dotnet/runtime's SourceWriter: indentation must return to zero before the text is taken.</remarks>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indentation;

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
        WriteLine("}" + suffix);
    }

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _indentation; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    public override string ToString()
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Indentation did not return to zero: a block was left open.");
        }

        return _builder.ToString();
    }
}
