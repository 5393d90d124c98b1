using System.Text;
using Codegen.Generator.Binding;
using Codegen.Generator.Parsing;
using Codegen.Generator.Tests.Infrastructure;
using Refit;

namespace Codegen.Generator.Tests.Operations;

/// <summary>Swagger 2.0 read through the OpenAPI 3 model: servers, parameters, bodies, forms, files.</summary>
public sealed class Swagger2Tests
{
    private static readonly string SpecFile = Path.Combine(TestPaths.TestSpecs, "operations", "swagger2.yaml");
    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.FromSpec("swagger2.yaml"));

    [Fact]
    public void Host_basePath_and_schemes_become_one_server_per_scheme()
    {
        var parsed = CodegenPipeline.Parse(SpecFile, File.ReadAllText(SpecFile), _ => null, new GeneratorOptions("Ops.Client"));

        Assert.Equal(["https://api.example.com/v2", "http://api.example.com/v2"], parsed.Document!.Servers.Select(s => s.Url));
    }

    [Fact]
    public async Task Query_collectionFormat_maps_to_Refit_collection_formats_and_global_parameters_resolve()
    {
        var (request, _) = await Api.Value.CallAsync("ISwaggerTwoApi", "FindPetsAsync", new Dictionary<string, object?>
        {
            ["pageSize"] = 10,
            ["tags"] = new[] { "a", "b" },
            ["ids"] = new long[] { 1, 2 },
            ["words"] = new[] { "x", "y" },
            ["codes"] = new[] { "p", "q" },
            ["cells"] = new[] { "m", "n" },
            ["xRequestId"] = Guid.Empty,
        }, () => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("[]", Encoding.UTF8, "application/json") });

        // csv is Swagger's default: unlike OpenAPI 3's form style, it is not exploded.
        Assert.Equal("?pageSize=10&tags=a%2Cb&ids=1&ids=2&words=x%20y&codes=p%7Cq&cells=m%09n", request.Uri.Query);
        Assert.Equal(Guid.Empty.ToString(), request.Headers["X-Request-Id"]);
    }

    [Fact]
    public void A_body_parameter_is_the_request_body_and_a_global_response_ref_resolves()
    {
        var text = Api.Value.Text("ISwaggerTwoApi.g.cs");

        // The body parameter is Refit's on the hidden method that sends the request; the method callers call reads the answer.
        Assert.Contains("AddPetResponseAsync(\n        [global::Refit.Body] global::Ops.Client.Pet body,", text);
        Assert.Contains("global::System.Threading.Tasks.Task<global::Ops.Client.Pet> AddPetAsync(\n        global::Ops.Client.Pet body,", text);
        Assert.Contains("global::System.Threading.Tasks.Task<global::System.Collections.Generic.IReadOnlyList<global::Ops.Client.Pet>> FindPetsAsync(", text);
        Assert.Contains("public string? Nickname", Api.Value.Text("Pet.g.cs"));
    }

    [Fact]
    public async Task FormData_parameters_are_a_url_encoded_body_beside_path_level_parameters()
    {
        var form = Activator.CreateInstance(Api.Value.Interface("UpdatePetWithFormRequest"))!;
        form.GetType().GetProperty("Name")!.SetValue(form, "Rex");

        var (request, _) = await Api.Value.CallAsync("ISwaggerTwoApi", "UpdatePetWithFormAsync", new Dictionary<string, object?> { ["petId"] = 7L, ["body"] = form });

        // The basePath is part of the server URL, so it belongs in the HttpClient's BaseAddress, not in the method's path.
        Assert.Equal("/pets/7", request.Uri.AbsolutePath);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("name=Rex", request.Body);
    }

    [Fact]
    public async Task A_file_form_field_makes_a_multipart_body_and_a_file_response_is_a_stream()
    {
        var (request, _) = await Api.Value.CallAsync("ISwaggerTwoApi", "UploadImageAsync", new Dictionary<string, object?>
        {
            ["petId"] = 7L,
            ["file"] = new ByteArrayPart([1, 2], "rex.png", "image/png"),
            ["note"] = "hi",
        });

        Assert.Equal(["file", "note"], Multipart.Parse(request).Select(p => p.Name));
        Assert.Contains("global::System.Threading.Tasks.Task<global::System.IO.Stream> DownloadImageAsync(", Api.Value.Text("ISwaggerTwoApi.g.cs"));
        Assert.Contains("/// <param name=\"file\">The image.</param>", Api.Value.Text("ISwaggerTwoApi.g.cs"));
    }
}
