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
            builder.Append('[').Append(RefitNames.Attribute(attribute.Kind));
            if (attribute.Arguments.Count > 0)
            {
                builder.Append('(');
                for (var i = 0; i < attribute.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendArgument(builder, attribute.Arguments[i]);
                }

                builder.Append(')');
            }

            builder.Append(']');
        }

        private static void AppendArgument(StringBuilder builder, AttributeArgument argument)
        {
            switch (argument.Kind)
            {
                case AttributeArgumentKind.String:
                    CSharpLiteral.Append(builder, argument.Text!);
                    break;
                case AttributeArgumentKind.QueryFormat:
                    builder.Append("Format = ");
                    CSharpLiteral.Append(builder, argument.Text!);
                    break;
                case AttributeArgumentKind.CollectionFormat:
                    builder.Append(RefitNames.CollectionFormat(argument.ListFormat));
                    break;
                case AttributeArgumentKind.UrlEncoded:
                    builder.Append(RefitNames.UrlEncoded);
                    break;
                case AttributeArgumentKind.TypeOf:
                    // A name the binder claimed in the client's namespace, which the file declares: no other type can hide it.
                    builder.Append("typeof(").Append(argument.Text).Append(')');
                    break;
            }
        }
    }
}
