package dev.custodian.account;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * argon2id (RFC 9106, version 0x13) that keeps its memory between hashes. BouncyCastle's
 * Argon2BytesGenerator allocates 19,456 fresh 1 KiB blocks for every hash, and inside the running
 * application that fresh memory made each hash two to three times slower than the same code in a
 * small process (bench/signin.sh). Here the memory is one long[] that the next hash of the same
 * size reuses; Blake2b, the cryptographic primitive, is still BouncyCastle's. The output is
 * identical to BouncyCastle's and to the RFC's test vector (Argon2idTest).
 *
 * <p>Not thread-safe: one instance is one workspace, used by one hash at a time. Public so that
 * bench/HashRate.java measures the very code that sign-in runs.
 */
public final class Argon2id {

    private static final int BLOCK_BYTES = 1024;
    private static final int BLOCK_LONGS = BLOCK_BYTES / Long.BYTES;
    private static final int SYNC_POINTS = 4;
    private static final int ADDRESSES_IN_BLOCK = BLOCK_LONGS;
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;

    private long[] memory = new long[0];
    private final long[] r = new long[BLOCK_LONGS];
    private final long[] t = new long[BLOCK_LONGS];
    private final long[] zero = new long[BLOCK_LONGS];
    private final long[] input = new long[BLOCK_LONGS];
    private final long[] addresses = new long[BLOCK_LONGS];

    private int lanes;
    private int laneLength;
    private int segmentLength;

    public byte[] hash(
            byte[] password,
            byte[] salt,
            int memoryKib,
            int iterations,
            int parallelism,
            int length) {
        return hash(
                password,
                salt,
                new byte[0],
                new byte[0],
                memoryKib,
                iterations,
                parallelism,
                length);
    }

    /** With a secret key and associated data, as RFC 9106 allows (its test vector uses both). */
    byte[] hash(
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associatedData,
            int memoryKib,
            int iterations,
            int parallelism,
            int length) {
        if (parallelism < 1
                || iterations < 1
                || length < 4
                || memoryKib < 8 * parallelism
                || memoryKib > Integer.MAX_VALUE / BLOCK_LONGS) {
            throw new IllegalArgumentException("argon2id parameters out of range");
        }
        lanes = parallelism;
        segmentLength = memoryKib / (SYNC_POINTS * lanes);
        laneLength = segmentLength * SYNC_POINTS;
        int blocks = laneLength * lanes;
        if (memory.length != blocks * BLOCK_LONGS) {
            memory = new long[blocks * BLOCK_LONGS];
        }
        try {
            byte[] h0 =
                    initialHash(
                            password, salt, secret, associatedData, memoryKib, iterations, length);
            fillFirstBlocks(h0);
            for (int pass = 0; pass < iterations; pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    for (int lane = 0; lane < lanes; lane++) {
                        fillSegment(pass, slice, lane, blocks, iterations);
                    }
                }
            }
            return finalHash(length);
        } finally {
            // what stays in the heap between hashes must not help anyone who reads a heap dump
            Arrays.fill(memory, 0);
        }
    }

    private byte[] initialHash(
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associatedData,
            int memoryKib,
            int iterations,
            int length) {
        Blake2bDigest digest = new Blake2bDigest(512);
        for (int value : new int[] {lanes, length, memoryKib, iterations, VERSION, TYPE_ID}) {
            updateInt(digest, value);
        }
        for (byte[] field : new byte[][] {password, salt, secret, associatedData}) {
            updateInt(digest, field.length);
            digest.update(field, 0, field.length);
        }
        byte[] h0 = new byte[64];
        digest.doFinal(h0, 0);
        return h0;
    }

    /** The first two blocks of each lane come from H0, the block's number and the lane's. */
    private void fillFirstBlocks(byte[] h0) {
        byte[] seed = Arrays.copyOf(h0, h0.length + 8);
        byte[] block = new byte[BLOCK_BYTES];
        for (int lane = 0; lane < lanes; lane++) {
            for (int column = 0; column < 2; column++) {
                writeInt(seed, h0.length, column);
                writeInt(seed, h0.length + 4, lane);
                variableLengthHash(seed, block);
                int offset = (lane * laneLength + column) * BLOCK_LONGS;
                for (int i = 0; i < BLOCK_LONGS; i++) {
                    memory[offset + i] = readLong(block, i * Long.BYTES);
                }
            }
        }
        Arrays.fill(block, (byte) 0);
        Arrays.fill(seed, (byte) 0);
    }

    private void fillSegment(int pass, int slice, int lane, int blocks, int iterations) {
        boolean independent = pass == 0 && slice < SYNC_POINTS / 2;
        if (independent) {
            Arrays.fill(input, 0);
            input[0] = pass;
            input[1] = lane;
            input[2] = slice;
            input[3] = blocks;
            input[4] = iterations;
            input[5] = TYPE_ID;
        }
        int start = 0;
        if (pass == 0 && slice == 0) {
            start = 2; // the first two blocks are filled already
            if (independent) {
                nextAddresses();
            }
        }
        int current = lane * laneLength + slice * segmentLength + start;
        int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
        for (int index = start; index < segmentLength; index++, current++, previous++) {
            if (current % laneLength == 1) {
                previous = current - 1;
            }
            long pseudoRandom;
            if (independent) {
                if (index % ADDRESSES_IN_BLOCK == 0) {
                    nextAddresses();
                }
                pseudoRandom = addresses[index % ADDRESSES_IN_BLOCK];
            } else {
                pseudoRandom = memory[previous * BLOCK_LONGS];
            }
            int referenceLane =
                    pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
            int referenceIndex =
                    referenceIndex(
                            pass, slice, index, pseudoRandom & 0xFFFFFFFFL, referenceLane == lane);
            compress(
                    memory,
                    previous * BLOCK_LONGS,
                    memory,
                    (laneLength * referenceLane + referenceIndex) * BLOCK_LONGS,
                    memory,
                    current * BLOCK_LONGS,
                    pass > 0);
        }
    }

    /** Which earlier block of the reference lane the current one mixes in (RFC 9106 §3.4.1.2). */
    private int referenceIndex(
            int pass, int slice, int index, long pseudoRandom, boolean sameLane) {
        long areaSize;
        if (pass == 0) {
            if (slice == 0) {
                areaSize = index - 1;
            } else {
                areaSize =
                        (long) slice * segmentLength + (sameLane ? index - 1 : index == 0 ? -1 : 0);
            }
        } else {
            areaSize = laneLength - segmentLength + (sameLane ? index - 1 : index == 0 ? -1 : 0);
        }
        long relative = pseudoRandom * pseudoRandom >>> 32;
        relative = areaSize - 1 - (areaSize * relative >>> 32);
        long startPosition =
                pass == 0 || slice == SYNC_POINTS - 1 ? 0 : (long) (slice + 1) * segmentLength;
        return (int) ((startPosition + relative) % laneLength);
    }

    private void nextAddresses() {
        input[6]++;
        compress(zero, 0, input, 0, addresses, 0, false);
        compress(zero, 0, addresses, 0, addresses, 0, false);
    }

    private byte[] finalHash(int length) {
        long[] last = new long[BLOCK_LONGS];
        for (int lane = 0; lane < lanes; lane++) {
            int offset = (lane * laneLength + laneLength - 1) * BLOCK_LONGS;
            for (int i = 0; i < BLOCK_LONGS; i++) {
                last[i] ^= memory[offset + i];
            }
        }
        byte[] block = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_LONGS; i++) {
            writeLong(block, i * Long.BYTES, last[i]);
        }
        byte[] out = new byte[length];
        variableLengthHash(block, out);
        Arrays.fill(block, (byte) 0);
        return out;
    }

    /** G: out = P(x ^ y) ^ x ^ y, and from the second pass on also ^ the old out. */
    private void compress(
            long[] x,
            int xOffset,
            long[] y,
            int yOffset,
            long[] out,
            int outOffset,
            boolean withXor) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long value = x[xOffset + i] ^ y[yOffset + i];
            r[i] = value;
            t[i] = withXor ? value ^ out[outOffset + i] : value;
        }
        for (int row = 0; row < 8; row++) {
            int b = 16 * row;
            round(
                    r, b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10,
                    b + 11, b + 12, b + 13, b + 14, b + 15);
        }
        for (int column = 0; column < 8; column++) {
            int b = 2 * column;
            round(
                    r, b, b + 1, b + 16, b + 17, b + 32, b + 33, b + 48, b + 49, b + 64, b + 65,
                    b + 80, b + 81, b + 96, b + 97, b + 112, b + 113);
        }
        for (int i = 0; i < BLOCK_LONGS; i++) {
            out[outOffset + i] = t[i] ^ r[i];
        }
    }

    private static void round(
            long[] v,
            int v0,
            int v1,
            int v2,
            int v3,
            int v4,
            int v5,
            int v6,
            int v7,
            int v8,
            int v9,
            int v10,
            int v11,
            int v12,
            int v13,
            int v14,
            int v15) {
        mix(v, v0, v4, v8, v12);
        mix(v, v1, v5, v9, v13);
        mix(v, v2, v6, v10, v14);
        mix(v, v3, v7, v11, v15);
        mix(v, v0, v5, v10, v15);
        mix(v, v1, v6, v11, v12);
        mix(v, v2, v7, v8, v13);
        mix(v, v3, v4, v9, v14);
    }

    /**
     * Blake2b's G with BlaMka's multiplication, which makes the mixing cost time on any hardware.
     */
    private static void mix(long[] v, int a, int b, int c, int d) {
        long va = v[a];
        long vb = v[b];
        long vc = v[c];
        long vd = v[d];
        va = blaMka(va, vb);
        vd = Long.rotateRight(vd ^ va, 32);
        vc = blaMka(vc, vd);
        vb = Long.rotateRight(vb ^ vc, 24);
        va = blaMka(va, vb);
        vd = Long.rotateRight(vd ^ va, 16);
        vc = blaMka(vc, vd);
        vb = Long.rotateRight(vb ^ vc, 63);
        v[a] = va;
        v[b] = vb;
        v[c] = vc;
        v[d] = vd;
    }

    private static long blaMka(long x, long y) {
        return x + y + 2 * (x & 0xFFFFFFFFL) * (y & 0xFFFFFFFFL);
    }

    /** H' of RFC 9106 §3.3: Blake2b stretched to any output length. */
    private static void variableLengthHash(byte[] in, byte[] out) {
        byte[] length = new byte[4];
        writeInt(length, 0, out.length);
        if (out.length <= 64) {
            Blake2bDigest digest = new Blake2bDigest(out.length * 8);
            digest.update(length, 0, 4);
            digest.update(in, 0, in.length);
            digest.doFinal(out, 0);
            return;
        }
        Blake2bDigest digest = new Blake2bDigest(512);
        byte[] v = new byte[64];
        digest.update(length, 0, 4);
        digest.update(in, 0, in.length);
        digest.doFinal(v, 0);
        System.arraycopy(v, 0, out, 0, 32);
        int position = 32;
        int lastWhole = (out.length + 31) / 32 - 2;
        for (int i = 2; i <= lastWhole; i++, position += 32) {
            digest.update(v, 0, 64);
            digest.doFinal(v, 0);
            System.arraycopy(v, 0, out, position, 32);
        }
        Blake2bDigest tail = new Blake2bDigest((out.length - position) * 8);
        tail.update(v, 0, 64);
        tail.doFinal(out, position);
        Arrays.fill(v, (byte) 0);
    }

    private static void updateInt(Blake2bDigest digest, int value) {
        byte[] bytes = new byte[4];
        writeInt(bytes, 0, value);
        digest.update(bytes, 0, 4);
    }

    private static void writeInt(byte[] to, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            to[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static void writeLong(byte[] to, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            to[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long readLong(byte[] from, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (from[offset + i] & 0xFFL);
        }
        return value;
    }
}
