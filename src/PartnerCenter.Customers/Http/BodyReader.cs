namespace PartnerCenter.Customers.Http;

/// <summary>Reads a body's bytes where they are (see <see cref="PooledBodyContent.Read{TState, TResult}"/>).</summary>
internal delegate TResult BodyReader<in TState, out TResult>(ReadOnlySpan<byte> body, TState state);
