using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// Emits the implementation of an interface with no Refit method (all its operations are sent over HttpClient).
/// Refit's source generator implements only interfaces with a method that has one of its HTTP attributes, so for this
/// one it writes nothing and <c>RestService.For</c> would throw. The class holds the <c>HttpClient</c>, all such an
/// interface has, and a module initializer registers it with Refit (<c>RestService.RegisterGeneratedSettingsFactory</c>,
/// the registration Refit's own generated code makes), so that the client is created as any other:
/// <c>RestService.For&lt;T&gt;(httpClient, settings)</c>, <c>RestService.ForGenerated</c> or a typed HttpClient.
/// </summary>
internal static class ClientImplementationEmitter
{
    public static EmittedFile Emit(ClientModel client, ClientImplementationModel model)
    {
        var writer = new SourceWriter();
        var interfaceName = $"global::{client.Namespace}.{model.InterfaceName}";
        FileHeader.Write(writer, client);
        writer.WriteLine($"/// <summary>Implements <see cref=\"{model.InterfaceName}\"/>, which has no method Refit implements; create it through Refit's <c>RestService</c>.</summary>");
        GeneratedCodeMarkers.WriteForWholeType(writer);
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"internal sealed class {model.ClassName} : {interfaceName}");
        writer.OpenBlock();
        writer.WriteLine($"private {model.ClassName}(global::System.Net.Http.HttpClient client) => Client = client;");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("public global::System.Net.Http.HttpClient Client { get; }");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Lets Refit's <c>RestService</c> create the client (run when the assembly loads).</summary>");
        writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        writer.WriteLine("internal static void Register()");
        writer.Indent();
        writer.WriteLine($"=> global::Refit.RestService.RegisterGeneratedSettingsFactory<{interfaceName}>(static (client, _) => new {model.ClassName}(client));");
        writer.Unindent();
        writer.CloseBlock();
        return new EmittedFile(model.ClassName + ".g.cs", writer);
    }
}
