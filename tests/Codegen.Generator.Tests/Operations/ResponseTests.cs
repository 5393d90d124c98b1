using System.Net;
using System.Text;
using Refit;

namespace Codegen.Generator.Tests.Operations;

/// <summary>Return types from responses: binary as Stream, 204, default-only, text, 200 beside 204, JSON without a schema.</summary>
public sealed class ResponseTests
{
    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.FromSpec("responses.yaml"));

    [Theory]
    [InlineData("DownloadFileAsync", "global::System.Threading.Tasks.Task<global::System.IO.Stream>")]
    [InlineData("DeleteFileAsync", "global::System.Threading.Tasks.Task")]
    [InlineData("GetStatusAsync", "global::System.Threading.Tasks.Task<global::Ops.Client.Status>")]
    [InlineData("GetReadmeAsync", "global::System.Threading.Tasks.Task<string>")]
    [InlineData("GetMaybeAsync", "global::System.Threading.Tasks.Task<global::Ops.Client.Status?>")]
    [InlineData("GetAnythingAsync", "global::System.Threading.Tasks.Task<global::System.Text.Json.JsonElement>")]
    public void The_return_type_follows_the_success_response(string method, string returnType)
        => Assert.Contains($"{returnType} {method}(", Api.Value.Text("IResponsesApi.g.cs"));

    [Fact]
    public async Task A_binary_response_is_a_stream_of_the_body()
    {
        var (_, result) = await Api.Value.CallAsync("IResponsesApi", "DownloadFileAsync", new Dictionary<string, object?> { ["name"] = "a.bin" },
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) });

        await using var stream = Assert.IsAssignableFrom<Stream>(result);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal([1, 2, 3], copy.ToArray());
    }

    [Fact]
    public async Task A_binary_response_with_an_error_status_throws_like_every_other_method()
    {
        var exception = await Assert.ThrowsAsync<ApiException>(() => Api.Value.CallAsync("IResponsesApi", "DownloadFileAsync", new Dictionary<string, object?> { ["name"] = "missing" },
            () => new HttpResponseMessage(HttpStatusCode.NotFound)));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task A_204_completes_and_a_200_or_204_operation_gives_null_for_the_empty_one()
    {
        var (deleted, _) = await Api.Value.CallAsync("IResponsesApi", "DeleteFileAsync", new Dictionary<string, object?> { ["name"] = "a.bin" });
        Assert.Equal("DELETE", deleted.Method);

        var (_, empty) = await Api.Value.CallAsync("IResponsesApi", "GetMaybeAsync", respond: () => new HttpResponseMessage(HttpStatusCode.NoContent));
        Assert.Null(empty);

        var (_, status) = await Api.Value.CallAsync("IResponsesApi", "GetMaybeAsync",
            respond: () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"state":"ready"}""", Encoding.UTF8, "application/json") });
        Assert.Equal("ready", status!.GetType().GetProperty("State")!.GetValue(status));
    }

    [Fact]
    public async Task Text_and_untyped_json_responses_are_read_as_string_and_JsonElement()
    {
        var (_, text) = await Api.Value.CallAsync("IResponsesApi", "GetReadmeAsync",
            respond: () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("hello", Encoding.UTF8, "text/plain") });
        Assert.Equal("hello", text);

        var (_, json) = await Api.Value.CallAsync("IResponsesApi", "GetAnythingAsync",
            respond: () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"a":[1]}""", Encoding.UTF8, "application/json") });
        Assert.Equal(1, ((System.Text.Json.JsonElement)json!).GetProperty("a")[0].GetInt32());
    }
}
