using System.Text;
using Refit;

namespace Codegen.Generator.Tests.Operations;

/// <summary>JSON, form-urlencoded, multipart (one parameter per part) and raw bodies: the signature and the wire.</summary>
public sealed class BodyTests
{
    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.FromSpec("bodies.yaml"));

    [Fact]
    public async Task A_json_body_is_a_typed_Body_parameter_serialized_with_the_generated_context()
    {
        Assert.Contains("[global::Refit.Body] global::Ops.Client.Pet body,", Api.Value.Text("IBodiesApi.g.cs"));

        var pet = CreatePet(Api.Value, "Rex");
        var (request, result) = await Api.Value.CallAsync("IBodiesApi", "CreatePetAsync", new Dictionary<string, object?> { ["body"] = pet }, () => Json("""{"name":"Rex","tag":"dog"}"""));

        Assert.Equal("POST", request.Method);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"name":"Rex"}""", request.Body);
        Assert.Equal("dog", result!.GetType().GetProperty("Tag")!.GetValue(result));
    }

    [Fact]
    public async Task A_form_body_is_sent_url_encoded_under_the_spec_names()
    {
        Assert.Contains("[global::Refit.Body(global::Refit.BodySerializationMethod.UrlEncoded)] global::Ops.Client.LoginRequest body,", Api.Value.Text("IBodiesApi.g.cs"));

        var form = Activator.CreateInstance(Api.Value.Interface("LoginRequest"))!;
        form.GetType().GetProperty("UserName")!.SetValue(form, "ann lee");
        form.GetType().GetProperty("Remember")!.SetValue(form, true);
        var (request, _) = await Api.Value.CallAsync("IBodiesApi", "LoginAsync", new Dictionary<string, object?> { ["body"] = form });

        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        // The names are the spec's; the values are written by Refit's form formatter, which uses .NET's
        // ToString ("True") unless RefitSettings.FormUrlEncodedParameterFormatter says otherwise.
        Assert.Equal("user_name=ann+lee&remember=True", request.Body);
    }

    [Fact]
    public void A_multipart_body_is_one_parameter_per_part_named_by_AliasAs_and_readOnly_parts_are_left_out()
    {
        var text = Api.Value.Text("IBodiesApi.g.cs");

        Assert.Contains("""
                [global::Refit.Post("/pets/{petId}/photos")]
                [global::Refit.Multipart]
                global::System.Threading.Tasks.Task UploadPhotoAsync(
                    string petId,
                    [global::Refit.AliasAs("photo")] global::Refit.MultipartItem photo,
                    [global::Refit.AliasAs("caption")] string caption,
                    [global::Refit.AliasAs("takenAt")] string? takenAt = null,
                    [global::Refit.AliasAs("rating")] int? rating = null,
                    [global::Refit.AliasAs("metadata")] global::Ops.Client.Pet? metadata = null,
                    [global::Refit.AliasAs("thumbnails")] global::System.Collections.Generic.IEnumerable<global::Refit.MultipartItem>? thumbnails = null,
                    global::System.Threading.CancellationToken cancellationToken = default);
            """.Replace("\r\n", "\n"), text);
        Assert.Contains("/// <param name=\"photo\">The image file.</param>", text);
    }

    [Fact]
    public async Task Multipart_parts_reach_the_wire_files_as_files_text_as_text_objects_as_json()
    {
        var (request, _) = await Api.Value.CallAsync("IBodiesApi", "UploadPhotoAsync", new Dictionary<string, object?>
        {
            ["petId"] = "p1",
            ["photo"] = new StreamPart(new MemoryStream(Encoding.UTF8.GetBytes("PNGDATA")), "rex.png", "image/png"),
            ["caption"] = "Rex at the beach",
            ["takenAt"] = "2024-05-01T10:00:00Z",
            ["rating"] = 5,
            ["metadata"] = CreatePet(Api.Value, "Rex"),
            ["thumbnails"] = new MultipartItem[] { new ByteArrayPart([1, 2], "a.png", "image/png"), new ByteArrayPart([3], "b.png", "image/png") },
        });

        Assert.Equal("multipart/form-data", request.ContentType);
        var parts = Multipart.Parse(request);
        Assert.Equal(["photo", "caption", "takenAt", "rating", "metadata", "thumbnails", "thumbnails"], parts.Select(p => p.Name));
        Assert.Equal(("rex.png", "image/png", "PNGDATA"), (parts[0].FileName, parts[0].ContentType, parts[0].Body));
        Assert.Equal("Rex at the beach", parts[1].Body);
        Assert.Equal("2024-05-01T10:00:00Z", parts[2].Body);
        Assert.Equal("5", parts[3].Body);
        Assert.Equal("""{"name":"Rex"}""", parts[4].Body);
        Assert.Equal(["a.png", "b.png"], parts.Skip(5).Select(p => p.FileName));
    }

    [Fact]
    public async Task Absent_optional_parts_are_not_sent()
    {
        var (request, _) = await Api.Value.CallAsync("IBodiesApi", "UploadPhotoAsync", new Dictionary<string, object?>
        {
            ["petId"] = "p1",
            ["photo"] = new ByteArrayPart([1], "a.bin", "application/octet-stream"),
            ["caption"] = "c",
        });

        Assert.Equal(["photo", "caption"], Multipart.Parse(request).Select(p => p.Name));
    }

    [Fact]
    public async Task A_binary_body_is_HttpContent_the_caller_builds_with_its_content_type()
    {
        Assert.Contains("[global::Refit.Body] global::System.Net.Http.HttpContent? body = null,", Api.Value.Text("IBodiesApi.g.cs"));

        using var content = new ByteArrayContent([0x89, 0x50]);
        content.Headers.ContentType = new("image/png");
        var (request, _) = await Api.Value.CallAsync("IBodiesApi", "PutRawAsync", new Dictionary<string, object?> { ["petId"] = "p1", ["body"] = content });

        Assert.Equal("PUT", request.Method);
        Assert.Equal("image/png", request.ContentType);
    }

    private static object CreatePet(GeneratedApi api, string name)
    {
        var pet = Activator.CreateInstance(api.Interface("Pet"))!;
        pet.GetType().GetProperty("Name")!.SetValue(pet, name);
        return pet;
    }

    private static HttpResponseMessage Json(string json)
        => new(System.Net.HttpStatusCode.Created) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
