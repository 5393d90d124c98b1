using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Emits a Refit interface. Refit's own source generator writes its implementation in the same compilation.</summary>
internal static class InterfaceEmitter
{
    public static GeneratedFile Emit(ClientModel client, InterfaceModel model)
    {
        var writer = new SourceWriter();
        FileHeader.Write(writer, client);
        XmlDocWriter.Summary(writer, model.Docs.Summary, "The operations of the API.");
        XmlDocWriter.Remarks(writer, model.Docs.Remarks);
        GeneratedCodeMarkers.WriteForPartialType(writer);
        writer.WriteLine($"public partial interface {model.Name}");
        writer.OpenBlock();
        var first = true;
        foreach (var method in model.Methods)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMethod(writer, method);
        }

        writer.CloseBlock();
        return new GeneratedFile(model.Name + ".g.cs", writer.ToString());
    }

    private static void WriteMethod(SourceWriter writer, MethodModel method)
    {
        XmlDocWriter.Summary(writer, method.Docs.Summary, method.Name);
        XmlDocWriter.Remarks(writer, method.Docs.Remarks);
        foreach (var parameter in method.Parameters)
        {
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description);
        }

        foreach (var attribute in method.Attributes)
        {
            writer.WriteLine($"{new AttributeWriter.Rendered(attribute)}");
        }

        if (method.Parameters.Count <= 1)
        {
            if (method.Parameters.Count == 0)
            {
                writer.WriteLine($"{method.ReturnType} {method.Name}();");
            }
            else
            {
                writer.WriteLine($"{method.ReturnType} {method.Name}({new Rendered(method.Parameters[0])});");
            }

            return;
        }

        writer.WriteLine($"{method.ReturnType} {method.Name}(");
        writer.Indent();
        for (var i = 0; i < method.Parameters.Count; i++)
        {
            var terminator = i == method.Parameters.Count - 1 ? ");" : ",";
            writer.WriteLine($"{new Rendered(method.Parameters[i])}{terminator}");
        }

        writer.Unindent();
    }

    /// <summary>A parameter as written: attributes, type, name, default. Appended straight into the line being written.</summary>
    private readonly struct Rendered(MethodParameterModel parameter) : ISourceText
    {
        public void AppendTo(System.Text.StringBuilder builder)
        {
            foreach (var attribute in parameter.Attributes)
            {
                new AttributeWriter.Rendered(attribute).AppendTo(builder);
                builder.Append(' ');
            }

            builder.Append(parameter.TypeName).Append(' ').Append(parameter.Name);
            if (parameter.DefaultValue is not null)
            {
                builder.Append(" = ").Append(parameter.DefaultValue);
            }
        }
    }
}
