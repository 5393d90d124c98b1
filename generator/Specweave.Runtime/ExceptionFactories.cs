#if NET
using Refit;

namespace Specweave.Runtime;

/// <summary>
/// For a client whose <see cref="RefitSettings.ExceptionFactory"/> answers with its own exception type rather than an
/// <see cref="ApiException"/>: wrapped with <see cref="Remembered"/>, the factory runs once per failed call of a
/// generated method instead of twice.
/// </summary>
/// <remarks>
/// Refit keeps the factory's exception in the <see cref="ApiResponse{T}"/> it hands a generated method only when it is
/// an <see cref="ApiException"/>, and drops any other. <see cref="ResponseGate"/> then has to ask the factory again,
/// about a copy of the response, and whatever else the factory does (read the body, log, count) happens twice. The
/// wrapped factory keeps its exception on the request (<see cref="HttpRequestMessage.Options"/>), where the gate takes
/// it: the exception thrown is the one made from the response as it came.
/// </remarks>
public static class ExceptionFactories
{
    private static readonly HttpRequestOptionsKey<Exception> DroppedByRefit = new("Specweave.Runtime.ExceptionFactoryResult");

    /// <summary>
    /// <paramref name="factory"/>, keeping each exception it makes that is not an <see cref="ApiException"/> for
    /// <see cref="ResponseGate"/>. A response it answers null for (a success) costs nothing more.
    /// </summary>
    /// <param name="factory">The client's exception factory.</param>
    /// <returns>The factory to set as <see cref="RefitSettings.ExceptionFactory"/>.</returns>
    public static Func<HttpResponseMessage, ValueTask<Exception?>> Remembered(Func<HttpResponseMessage, ValueTask<Exception?>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return response =>
        {
            var making = factory(response);
            return making.IsCompletedSuccessfully ? new ValueTask<Exception?>(Remember(response, making.Result)) : RememberAsync(response, making);
        };
    }

    /// <summary>The exception a <see cref="Remembered"/> factory made for the request's response, taken off the request.</summary>
    internal static Exception? Take(HttpRequestMessage? request)
    {
        if (request is null || !request.Options.TryGetValue(DroppedByRefit, out var exception))
        {
            return null;
        }

        ((IDictionary<string, object?>)request.Options).Remove(DroppedByRefit.Key);
        return exception;
    }

    private static async ValueTask<Exception?> RememberAsync(HttpResponseMessage response, ValueTask<Exception?> making)
        => Remember(response, await making.ConfigureAwait(false));

    private static Exception? Remember(HttpResponseMessage response, Exception? exception)
    {
        // An ApiException Refit keeps itself (ApiResponse.Error); only another type would be lost.
        if (exception is not null and not ApiException && response.RequestMessage is { } request)
        {
            request.Options.Set(DroppedByRefit, exception);
        }

        return exception;
    }
}
#endif
