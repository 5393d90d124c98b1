using System.Text;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Renders attributes; string arguments are escaped here and nowhere else.</summary>
internal static class AttributeWriter
{
    public static string Render(AttributeModel attribute)
    {
        var builder = new StringBuilder();
        new Rendered(attribute).AppendTo(builder);
        return builder.ToString();
    }

    /// <summary>The attribute appended into a line being written (see <see cref="SourceWriter.LineHandler"/>), with no string of its own.</summary>
    public readonly struct Rendered(AttributeModel attribute) : ISourceText
    {
        public void AppendTo(StringBuilder builder)
        {
            builder.Append('[').Append(attribute.TypeName);
            if (attribute.Arguments.Count > 0)
            {
                builder.Append('(');
                for (var i = 0; i < attribute.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    var argument = attribute.Arguments[i];
                    builder.Append(argument.Literal is not null ? CSharpLiteral.String(argument.Literal) : argument.Expression);
                }

                builder.Append(')');
            }

            builder.Append(']');
        }
    }
}
