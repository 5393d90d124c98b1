using System.Net;
using System.Text;
using System.Text.Json;
using Refit;
using Specweave.Runtime.Tests.Infrastructure;

namespace Specweave.Runtime.Tests.JsonResponses;

/// <summary>
/// <see cref="JsonResponse"/> as generated methods use it: a hidden Refit method returning
/// <c>ApiResponse&lt;HttpResponseMessage&gt;</c> and a default interface method that reads its body. The interface is
/// written here as the generator writes it, and Refit's source generator implements it (<c>RestService.ForGenerated</c>).
/// </summary>
public sealed class JsonResponseTests
{
    public interface ITicksApi
    {
        [JsonResponseReader(nameof(GetTickAsync))]
        [Get("/ticks/{id}")]
        Task<ApiResponse<HttpResponseMessage>> GetTickResponseAsync(int id, CancellationToken cancellationToken = default);

        Task<Tick> GetTickAsync(int id, CancellationToken cancellationToken = default)
            => JsonResponse.ReadAsync<Tick>(this.GetTickResponseAsync(id, cancellationToken), cancellationToken);

        [JsonResponseReader(nameof(FindTickAsync))]
        [Get("/ticks/find")]
        Task<ApiResponse<HttpResponseMessage>> FindTickResponseAsync(CancellationToken cancellationToken = default);

        Task<Tick?> FindTickAsync(CancellationToken cancellationToken = default)
            => JsonResponse.ReadOrDefaultAsync<Tick?>(this.FindTickResponseAsync(cancellationToken), cancellationToken);

        [JsonResponseReader(nameof(CountTicksAsync))]
        [Get("/ticks/count")]
        Task<ApiResponse<HttpResponseMessage>> CountTicksResponseAsync(CancellationToken cancellationToken = default);

        Task<int> CountTicksAsync(CancellationToken cancellationToken = default)
            => JsonResponse.ReadAsync<int>(this.CountTicksResponseAsync(cancellationToken), cancellationToken);

        // Refit's own typed method, for the contrast: it copies the body into memory before reading it.
        [Get("/ticks/{id}")]
        Task<Tick> GetTickThroughRefitAsync(int id, CancellationToken cancellationToken = default);
    }

    [Fact]
    public async Task The_value_is_read_from_the_body_as_it_arrives_where_Refit_copies_it_first()
    {
        var body = new WatchedContent("{\"id\":7,\"text\":\"seven\"}");
        var api = Client(_ => Answer(HttpStatusCode.OK, body));

        var tick = await api.GetTickAsync(7);

        Assert.Equal(new Tick(7, "seven"), tick);
        Assert.Equal(0, body.Copies);
        Assert.True(body.Disposed);

        var copied = new WatchedContent("{\"id\":7,\"text\":\"seven\"}");
        var refit = Client(_ => Answer(HttpStatusCode.OK, copied));
        Assert.Equal(tick, await refit.GetTickThroughRefitAsync(7));
        Assert.Equal(1, copied.Copies);
    }

    [Fact]
    public async Task RestService_For_builds_the_same_client_and_leaves_the_default_method_alone()
    {
        var http = new HttpClient(new Handler(_ => Answer(HttpStatusCode.OK, Json("{\"id\":2,\"text\":\"b\"}")))) { BaseAddress = new Uri("http://127.0.0.1/") };
        var api = RestService.For<ITicksApi>(http, new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default)));

        Assert.Equal(new Tick(2, "b"), await api.GetTickAsync(2));
    }

    [Fact]
    public async Task The_clients_content_serializer_reads_the_value()
    {
        var serializer = new CountingSerializer();
        var api = Client(_ => Answer(HttpStatusCode.OK, Json("{\"id\":1,\"text\":\"a\"}")), new RefitSettings(serializer));

        await api.GetTickAsync(1);

        Assert.Equal(1, serializer.Reads);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "", "The input does not contain any JSON tokens")]
    [InlineData(HttpStatusCode.OK, "null", "a body of JSON null")]
    [InlineData(HttpStatusCode.OK, " null\n", "a body of JSON null")]
    [InlineData(HttpStatusCode.NoContent, "", "no content (204)")]
    public async Task A_promised_value_that_is_absent_fails_as_a_body_that_cannot_be_read(HttpStatusCode status, string text, string cause)
    {
        var api = Client(_ => Answer(status, Json(text)));

        var failure = await Assert.ThrowsAsync<ApiException>(() => api.GetTickAsync(1));

        Assert.Equal("An error occured deserializing the response.", failure.Message);
        Assert.Equal(status, failure.StatusCode);
        var json = Assert.IsType<JsonException>(failure.InnerException);
        Assert.Equal("$", json.Path);
        Assert.Contains(cause, json.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_promised_number_is_not_zero_for_a_204()
    {
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(NumberJson.Default));
        var api = Client(_ => Answer(HttpStatusCode.NoContent, Json("")), settings);

        var failure = await Assert.ThrowsAsync<ApiException>(() => api.CountTicksAsync());

        Assert.Contains("no content (204)", failure.InnerException!.Message, StringComparison.Ordinal);
        Assert.Equal(3, await Client(_ => Answer(HttpStatusCode.OK, Json("3")), settings).CountTicksAsync());
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "")]
    [InlineData(HttpStatusCode.OK, "null")]
    [InlineData(HttpStatusCode.NoContent, "")]
    public async Task A_value_that_may_be_absent_is_null_as_Refit_returns_it(HttpStatusCode status, string text)
    {
        var api = Client(_ => Answer(status, Json(text)));

        Assert.Null(await api.FindTickAsync());
    }

    [Fact]
    public async Task A_body_that_does_not_fit_goes_to_the_clients_deserialization_exception_factory()
    {
        Exception? seen = null;
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default))
        {
            DeserializationExceptionFactory = (response, exception) =>
            {
                seen = exception;
                return ValueTask.FromResult<Exception?>(new InvalidDataException($"unreadable {(int)response.StatusCode}"));
            },
        };
        var api = Client(_ => Answer(HttpStatusCode.OK, Json("{\"id\":\"x\"}")), settings);

        var failure = await Assert.ThrowsAsync<InvalidDataException>(() => api.GetTickAsync(1));

        Assert.Equal("unreadable 200", failure.Message);
        Assert.IsType<JsonException>(seen);
    }

    [Fact]
    public async Task A_deserialization_exception_factory_that_answers_null_lets_the_default_through_as_Refit_does()
    {
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default))
        {
            DeserializationExceptionFactory = (_, _) => ValueTask.FromResult<Exception?>(null),
        };
        var api = Client(_ => Answer(HttpStatusCode.OK, Json("{\"id\":\"x\"}")), settings);

        Assert.Null(await api.GetTickAsync(1));
    }

    [Fact]
    public async Task A_status_outside_2xx_is_the_ApiException_of_the_exception_factory()
    {
        var api = Client(_ => Answer(HttpStatusCode.NotFound, Json("{\"code\":1000}")));

        var failure = await Assert.ThrowsAsync<ApiException>(() => api.GetTickAsync(1));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
        Assert.Equal("{\"code\":1000}", failure.Content);
    }

    /// <summary>Not wrapped by <see cref="ExceptionFactories.Remembered"/>, the factory is asked twice: by Refit, and about a copy.</summary>
    [Fact]
    public async Task An_exception_factory_answering_with_its_own_exception_type_is_heard_although_ApiResponse_drops_it()
    {
        var calls = new List<string>();
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default))
        {
            ExceptionFactory = async response =>
            {
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                var text = await response.Content.ReadAsStringAsync();
                calls.Add(text);
                return new ServiceException((int)response.StatusCode, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType, text);
            },
        };
        var api = Client(_ =>
        {
            var answer = Answer(HttpStatusCode.TooManyRequests, Json("{\"code\":429}"));
            answer.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            return answer;
        }, settings);

        var failure = await Assert.ThrowsAsync<ServiceException>(() => api.GetTickAsync(1));

        Assert.Equal(429, failure.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), failure.RetryAfter);
        Assert.Equal("application/json", failure.MediaType);
        Assert.Equal("{\"code\":429}", failure.Body);
        Assert.Equal(["{\"code\":429}", "{\"code\":429}"], calls);
    }

    [Fact]
    public async Task A_remembered_exception_factory_is_asked_once_and_its_exception_thrown()
    {
        var made = new List<ServiceException>();
        HttpRequestMessage? sent = null;
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default))
        {
            ExceptionFactory = ExceptionFactories.Remembered(async response =>
            {
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                var exception = new ServiceException((int)response.StatusCode, null, null, await response.Content.ReadAsStringAsync());
                made.Add(exception);
                return exception;
            }),
        };
        var api = Client(request =>
        {
            sent = request;
            return Answer(HttpStatusCode.ServiceUnavailable, Json("{\"code\":503}"));
        }, settings);

        var failure = await Assert.ThrowsAsync<ServiceException>(() => api.GetTickAsync(1));

        Assert.Same(Assert.Single(made), failure);
        Assert.Equal("{\"code\":503}", failure.Body);
        Assert.DoesNotContain(sent!.Options, option => option.Key.StartsWith("Specweave", StringComparison.Ordinal));
        Assert.Equal(new Tick(4, "ok"), await Client(_ => Answer(HttpStatusCode.OK, Json("{\"id\":4,\"text\":\"ok\"}")), settings).GetTickAsync(4));
    }

    [Fact]
    public async Task A_remembered_factory_keeps_nothing_for_an_ApiException_which_Refit_keeps_itself()
    {
        var asked = 0;
        HttpRequestMessage? sent = null;
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default));
        var refits = settings.ExceptionFactory;
        settings.ExceptionFactory = ExceptionFactories.Remembered(response =>
        {
            asked++;
            return refits(response);
        });
        var api = Client(request =>
        {
            sent = request;
            return Answer(HttpStatusCode.NotFound, Json("{\"code\":1000}"));
        }, settings);

        var failure = await Assert.ThrowsAsync<ApiException>(() => api.GetTickAsync(1));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
        Assert.Equal(1, asked);
        Assert.DoesNotContain(sent!.Options, option => option.Key.StartsWith("Specweave", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_send_is_the_transport_exception_as_Refit_throws_it()
    {
        var api = Client(_ => throw new HttpRequestException("refused"));

        var failure = await Assert.ThrowsAsync<ApiRequestException>(() => api.GetTickAsync(1));

        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task A_hand_written_implementation_needs_only_the_hidden_method_or_can_replace_the_read()
    {
        ITicksApi onlyHidden = new FakeTicks();
        ITicksApi replaced = new FakeTicksWithRead();

        Assert.Equal(new Tick(3, "fake"), await onlyHidden.GetTickAsync(3));
        Assert.Equal(new Tick(0, "replaced"), await replaced.GetTickAsync(3));
    }

    private static ITicksApi Client(Func<HttpRequestMessage, HttpResponseMessage> answer, RefitSettings? settings = null)
        => RestService.ForGenerated<ITicksApi>(
            new HttpClient(new Handler(answer)) { BaseAddress = new Uri("http://127.0.0.1/") },
            settings ?? new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default)));

    private static HttpResponseMessage Answer(HttpStatusCode status, HttpContent content) => new(status) { Content = content };

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = answer(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    /// <summary>A body that counts the copies made of it (LoadIntoBufferAsync serialises it into memory) and its disposal.</summary>
    private sealed class WatchedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public WatchedContent(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        public int Copies { get; private set; }

        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Copies++;
            return stream.WriteAsync(_bytes).AsTask();
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_bytes, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class CountingSerializer() : IHttpContentSerializer
    {
        private readonly SystemTextJsonContentSerializer _inner = SystemTextJsonContentSerializer.ForContext(TickJson.Default);

        public int Reads { get; private set; }

        public HttpContent ToHttpContent<T>(T item) => _inner.ToHttpContent(item);

        public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.FromHttpContentAsync<T>(content, cancellationToken);
        }

        public string? GetFieldNameForProperty(System.Reflection.PropertyInfo propertyInfo) => _inner.GetFieldNameForProperty(propertyInfo);
    }

    private sealed class ServiceException(int status, TimeSpan? retryAfter, string? mediaType, string body) : Exception("service failed")
    {
        public int Status { get; } = status;

        public TimeSpan? RetryAfter { get; } = retryAfter;

        public string? MediaType { get; } = mediaType;

        public string Body { get; } = body;
    }

    private class FakeTicks : ITicksApi
    {
        public Task<ApiResponse<HttpResponseMessage>> GetTickResponseAsync(int id, CancellationToken cancellationToken = default)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = Json($"{{\"id\":{id},\"text\":\"fake\"}}"),
                RequestMessage = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1/ticks/{id}"),
            };
            var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickJson.Default));
            return Task.FromResult(new ApiResponse<HttpResponseMessage>(response, response, settings));
        }

        public Task<ApiResponse<HttpResponseMessage>> FindTickResponseAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Tick> GetTickThroughRefitAsync(int id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ApiResponse<HttpResponseMessage>> CountTicksResponseAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class FakeTicksWithRead : FakeTicks, ITicksApi
    {
        public Task<Tick> GetTickAsync(int id, CancellationToken cancellationToken = default) => Task.FromResult(new Tick(0, "replaced"));
    }
}
