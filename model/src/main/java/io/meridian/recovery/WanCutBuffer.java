package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * The queue retention a dataset's cross-region stream needs to ride out a WAN cut without losing writes:
 * write rate × record size × cut duration.
 *
 * @param queueId    the queue that buffers the stream, or null when the design has none (nothing buffers the cut)
 * @param bytes      bytes to buffer for the cut
 * @param retentionHoursNeeded the cut duration the queue must retain
 * @param sufficient true when the queue's retention covers the cut
 */
public record WanCutBuffer(String datasetId, String queueId, Figure bytes, Figure retentionHoursNeeded,
                           boolean sufficient, String explanation) {
    public WanCutBuffer {
        Checks.id(datasetId, "datasetId");
        Checks.present(bytes, "bytes");
        Checks.present(retentionHoursNeeded, "retentionHoursNeeded");
        explanation = Checks.text(explanation);
    }
}
