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
        FileHeader.Write(writer, client.SourceFileName, client.Namespace);
        XmlDocWriter.Summary(writer, model.Docs.Summary, "The operations of the API.");
        XmlDocWriter.Remarks(writer, model.Docs.Remarks);
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
            XmlDocWriter.Param(writer, parameter.Name, parameter.Description, $"The '{parameter.Name.TrimStart('@')}' parameter.");
        }

        foreach (var attribute in method.Attributes)
        {
            writer.WriteLine(AttributeWriter.Render(attribute));
        }

        if (method.Parameters.Count <= 1)
        {
            var single = method.Parameters.Select(Render).FirstOrDefault() ?? string.Empty;
            writer.WriteLine($"{method.ReturnType} {method.Name}({single});");
            return;
        }

        writer.WriteLine($"{method.ReturnType} {method.Name}(");
        writer.Indent();
        for (var i = 0; i < method.Parameters.Count; i++)
        {
            var terminator = i == method.Parameters.Count - 1 ? ");" : ",";
            writer.WriteLine(Render(method.Parameters[i]) + terminator);
        }

        writer.Unindent();
    }

    private static string Render(MethodParameterModel parameter)
    {
        var attributes = string.Concat(parameter.Attributes.Select(a => AttributeWriter.Render(a) + " "));
        var defaultValue = parameter.DefaultValue is null ? string.Empty : " = " + parameter.DefaultValue;
        return $"{attributes}{parameter.TypeName} {parameter.Name}{defaultValue}";
    }
}
