using System.Linq;
using Codegen.Generator.Binding.Model;

namespace Codegen.Generator.Emitting;

/// <summary>Renders attributes; string arguments are escaped here and nowhere else.</summary>
internal static class AttributeWriter
{
    public static string Render(AttributeModel attribute)
    {
        if (attribute.Arguments.Count == 0)
        {
            return "[" + attribute.TypeName + "]";
        }

        var arguments = attribute.Arguments.Select(a => a.Literal is not null ? CSharpLiteral.String(a.Literal) : a.Expression);
        return "[" + attribute.TypeName + "(" + string.Join(", ", arguments) + ")]";
    }
}
